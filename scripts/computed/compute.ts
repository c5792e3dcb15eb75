// Works out the computed checks (Kupol-to-border distance, unit areas and shares) from the geodata; build time only.
// Never import this from the app: it pulls in turf. The app reads geodata/computed.json instead.
import { OFFICIAL_AREA_KM2 } from '../../src/lib/model/officialAreas.ts';
import { area, distance, featureCollection, multiLineString, nearestPointOnLine, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Claim, RegionProperties, SiteProperties } from '../../src/lib/model/types.ts';
import { MISSION_REGIONS } from '../../src/lib/model/types.ts';
import type { ComputedData, ComputedItem, ComputedReference } from '../../src/lib/computed/types.ts';

/** turf's sphere (its `earthRadius`, the mean Earth radius), stated in every method text. */
export const EARTH_RADIUS_KM = 6371.0088;
export const UKRAINE_UNIT_COUNT = 27;
export const KUPOL_SITE = 'kupol-izhevsk';

/** Claims the figures sit beside. The build fails if one is missing or no longer says what is checked. */
export const RELATED = {
  kupolDistance: { id: 'kupol-1300-km-from-ukraine', mustQuote: '1,300 kilometers' },
  fifth: { id: 'russia-controls-fifth-of-ukraine', mustQuote: 'nearly a fifth' },
  crimea: { id: 'crimea-annexed-2014', mustQuote: 'Crimea' },
} as const;

/** The article's figure for the Kupol distance, compared with the computed one. */
export const ARTICLE_KUPOL_KM = 1300;

/**
 * Official areas in km² (State Statistics Service of Ukraine), typed in as reference figures to set
 * beside the computed ones; they are never used in a computation.
 */
export { OFFICIAL_AREA_KM2 };
const OFFICIAL_SOURCE = 'State Statistics Service of Ukraine (official area, entered by hand)';

type UnitFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

export interface UnitArea {
  id: string;
  nameEn: string;
  nameUk: string;
  type: string;
  /** Unrounded spherical area in km². */
  areaKm2: number;
}

export interface NearestBorderPoint {
  /** Unrounded great-circle distance in km. */
  distanceKm: number;
  point: [number, number];
}

/** Round half away from zero at a fixed number of decimals, so output is the same on every run. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Ukraine's 27 first-level units (UA-* ids), sorted by id; throws if the set is not complete. */
export function ukraineUnits(regions: FeatureCollection<Geometry, RegionProperties>): UnitFeature[] {
  const units = regions.features
    .filter((f) => f.properties.id.startsWith('UA-'))
    .sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
  if (units.length !== UKRAINE_UNIT_COUNT) {
    throw new Error(`regions.geojson: expected ${UKRAINE_UNIT_COUNT} UA-* units, found ${units.length}`);
  }
  for (const u of units) {
    if (u.geometry.type !== 'Polygon' && u.geometry.type !== 'MultiPolygon') {
      throw new Error(`regions.geojson: ${u.properties.id} is a ${u.geometry.type}, not a (Multi)Polygon`);
    }
  }
  return units as UnitFeature[];
}

/**
 * Ukraine's outer boundary: the exterior rings of the union of its units. Holes are dropped on
 * purpose: the country has none, so any hole would be a sliver between two units, not a border.
 */
export function ukraineBoundary(units: UnitFeature[]): Position[][] {
  const merged = union(featureCollection(units));
  if (!merged) throw new Error("the union of Ukraine's units is empty");
  const polygons = merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
  return polygons.map((rings) => rings[0]);
}

/** Length in km of the longest boundary edge (how far an edge could bend between arc and straight line). */
export function longestEdgeKm(rings: Position[][]): number {
  let longest = 0;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) longest = Math.max(longest, distance(ring[i - 1], ring[i], { units: 'kilometers' }));
  }
  return longest;
}

/** Nearest point of the boundary to `from`, each edge taken as a great-circle arc (turf nearestPointOnLine). */
export function nearestOnBoundary(from: [number, number], rings: Position[][]): NearestBorderPoint {
  const hit = nearestPointOnLine(multiLineString(rings), from, { units: 'kilometers' });
  const [lng, lat] = hit.geometry.coordinates;
  return { distanceKm: hit.properties.pointDistance, point: [lng, lat] };
}

/** The unit whose own boundary passes nearest the point (names where on the border a point lies). */
export function unitAt(point: [number, number], units: UnitFeature[]): UnitFeature {
  let best = units[0];
  let bestKm = Infinity;
  for (const u of units) {
    const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
    const km = nearestOnBoundary(point, polys.flat()).distanceKm;
    if (km < bestKm) [best, bestKm] = [u, km];
  }
  return best;
}

/** Spherical area of each unit in km² (turf area: spherical excess on turf's sphere). */
export function unitAreas(units: UnitFeature[]): UnitArea[] {
  return units.map((u) => ({
    id: u.properties.id,
    nameEn: u.properties.name_en,
    nameUk: u.properties.name_uk,
    type: u.properties.type,
    areaKm2: area(u) / 1e6,
  }));
}

function requireClaim(claims: Claim[], rel: { id: string; mustQuote: string }): string {
  const claim = claims.find((c) => c.id === rel.id);
  if (!claim) throw new Error(`claims: no claim "${rel.id}" to set a computed figure beside`);
  if (!claim.quote.includes(rel.mustQuote)) {
    throw new Error(`claims: "${rel.id}" no longer quotes "${rel.mustQuote}"; check the computed figure still belongs beside it`);
  }
  return claim.id;
}

function reference(
  label: string,
  labelUk: string,
  refValue: number,
  value: number,
  unit: ComputedReference['unit'],
  source: string,
  decimals: number,
): ComputedReference {
  const difference = round(value - refValue, decimals);
  return {
    label,
    label_uk: labelUk,
    value: refValue,
    unit,
    source,
    difference,
    difference_pct: round((difference / refValue) * 100, 2),
  };
}

function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** English name of a unit as a reader expects it: "Luhansk oblast", "Kyiv (city)", "Crimea". */
function unitNameEn(u: UnitArea): string {
  return u.type === 'oblast' ? `${u.nameEn} oblast` : u.nameEn;
}

export interface ComputeInput {
  regions: FeatureCollection<Geometry, RegionProperties>;
  sites: FeatureCollection<Point, SiteProperties>;
  claims: Claim[];
}

export const INPUT_FILES = ['geodata/regions.geojson', 'geodata/sites.geojson', 'geodata/claims/*.json'];
export const GENERATED_BY = 'npx tsx scripts/computed/build.ts';

/** Every computed item, in a fixed order, with fixed rounding: the content of geodata/computed.json. */
export function computeAll({ regions, sites, claims }: ComputeInput): ComputedData {
  const units = ukraineUnits(regions);
  const areas = unitAreas(units);
  const byId = new Map(areas.map((a) => [a.id, a]));
  const totalKm2 = areas.reduce((sum, a) => sum + a.areaKm2, 0);
  const shareOf = (ids: readonly string[]) => (ids.reduce((s, id) => s + (byId.get(id)?.areaKm2 ?? NaN), 0) / totalKm2) * 100;
  const officialShareOf = (ids: readonly string[]) =>
    (ids.reduce((s, id) => s + (OFFICIAL_AREA_KM2[id] ?? NaN), 0) / OFFICIAL_AREA_KM2.UA) * 100;

  const kupolClaim = requireClaim(claims, RELATED.kupolDistance);
  const fifthClaim = requireClaim(claims, RELATED.fifth);
  const crimeaClaim = requireClaim(claims, RELATED.crimea);

  const kupol = sites.features.find((f) => f.properties.id === KUPOL_SITE);
  if (!kupol) throw new Error(`sites.geojson: no site "${KUPOL_SITE}"`);
  const [kLng, kLat] = kupol.geometry.coordinates;
  const rings = ukraineBoundary(units);
  const nearest = nearestOnBoundary([kLng, kLat], rings);
  const nearestUnit = byId.get(unitAt(nearest.point, units).properties.id)!;
  const distanceKm = round(nearest.distanceKm, 1);
  const edgeKm = Math.ceil(longestEdgeKm(rings));

  const methods: Record<string, string> = {};
  methods['kupol-distance'] =
    `Great-circle (haversine) distance on a sphere of radius ${EARTH_RADIUS_KM} km from the Kupol point in ` +
    `geodata/sites.geojson (${kLng}° E, ${kLat}° N) to the nearest point of the outer boundary of the union of ` +
    `Ukraine's ${UKRAINE_UNIT_COUNT} first-level units in geodata/regions.geojson (Crimea and Sevastopol included). ` +
    'Every boundary edge is searched exactly as a great-circle arc (turf nearestPointOnLine), so no densifying is ' +
    `needed; edges are at most ${edgeKm} km long, so reading them as arcs rather than straight map lines moves them by well under 0.1 km.`;
  methods.area =
    `Spherical area (turf area: spherical excess on a sphere of radius ${EARTH_RADIUS_KM} km) of the unit's ` +
    'polygon in geodata/regions.geojson (Natural Earth 10m admin-1, simplified).';
  methods['area-sum'] = `Sum of the computed areas of Ukraine's ${UKRAINE_UNIT_COUNT} units. ${methods.area}`;
  methods.share =
    `Computed spherical area of the unit(s) divided by the sum of the computed areas of Ukraine's ${UKRAINE_UNIT_COUNT} ` +
    `units (${thousands(totalKm2)} km², Crimea and Sevastopol included), as a percentage.`;
  const wholeUnitsNote =
    'Whole areas of these units, whoever controls any part of them: this is not a measure of occupation, and it ' +
    "neither confirms nor refutes the article's claim that Russia controls 'nearly a fifth' of Ukraine, which is about a different area.";

  const items: ComputedItem[] = [];
  items.push({
    id: 'kupol-border-distance',
    label: "Distance from the Kupol plant (Izhevsk) to Ukraine's internationally recognised border",
    label_uk: 'Відстань від заводу «Купол» (Іжевськ) до міжнародно визнаного кордону України',
    value: distanceKm,
    unit: 'km',
    method: 'kupol-distance',
    related_claims: [kupolClaim],
    places: [KUPOL_SITE, nearestUnit.id],
    note:
      `The nearest border point is at ${round(nearest.point[0], 3)}° E, ${round(nearest.point[1], 3)}° N, on the boundary of ` +
      `${unitNameEn(nearestUnit)}. The Kupol point is approximate (precision "${kupol.properties.precision}": the city ` +
      'point of Izhevsk, not the plant), and the boundary is simplified, so the figure is good to a few kilometres. ' +
      "The article does not say how or to which border it measured 'some 1,300 kilometers'; this is to the internationally recognised border.",
    references: [
      reference(
        "the article's 'some 1,300 kilometers'",
        '«близько 1300 кілометрів» у статті',
        ARTICLE_KUPOL_KM,
        distanceKm,
        'km',
        `claim ${kupolClaim}`,
        1,
      ),
    ],
    nearest_point: [round(nearest.point[0], 4), round(nearest.point[1], 4)],
  });

  const totalRounded = round(totalKm2, 0);
  items.push({
    id: 'area-UA',
    label: `Area of Ukraine (sum of its ${UKRAINE_UNIT_COUNT} units)`,
    label_uk: `Площа України (сума ${UKRAINE_UNIT_COUNT} одиниць)`,
    value: totalRounded,
    unit: 'km2',
    method: 'area-sum',
    related_claims: [],
    places: ['UA'],
    note:
      'Crimea and Sevastopol included. It falls short of the official figure because the boundaries are simplified ' +
      'and turf measures on a sphere, not the ellipsoid.',
    references: [
      reference(
        'official area of Ukraine',
        'офіційна площа України',
        OFFICIAL_AREA_KM2.UA,
        totalRounded,
        'km2',
        OFFICIAL_SOURCE,
        0,
      ),
    ],
  });

  const combined: { id: string; ids: readonly string[]; label: string; label_uk: string; related: string[]; note: string }[] = [
    {
      id: 'share-mission-oblasts',
      ids: MISSION_REGIONS,
      label:
        "Share of Ukraine's area of the six mission oblasts (Luhansk, Donetsk, Sumy, Kharkiv, Zaporizhzhia, Dnipropetrovsk) combined",
      label_uk:
        'Частка площі України шести областей місії (Луганська, Донецька, Сумська, Харківська, Запорізька, Дніпропетровська) разом',
      related: [fifthClaim],
      note: wholeUnitsNote,
    },
    {
      id: 'share-luhansk-donetsk',
      ids: ['UA-09', 'UA-14'],
      label: "Share of Ukraine's area of Luhansk and Donetsk oblasts combined",
      label_uk: 'Частка площі України Луганської та Донецької областей разом',
      related: [fifthClaim],
      note: wholeUnitsNote,
    },
    {
      id: 'share-crimea-sevastopol',
      ids: ['UA-43', 'UA-40'],
      label: "Share of Ukraine's area of Crimea and Sevastopol combined",
      label_uk: 'Частка площі України Криму та Севастополя разом',
      related: [fifthClaim, crimeaClaim],
      note: wholeUnitsNote,
    },
  ];
  for (const c of combined) {
    const value = round(shareOf(c.ids), 2);
    const hasOfficial = c.ids.every((id) => id in OFFICIAL_AREA_KM2);
    items.push({
      id: c.id,
      label: c.label,
      label_uk: c.label_uk,
      value,
      unit: 'percent',
      method: 'share',
      related_claims: c.related,
      places: [...c.ids],
      note: c.note,
      references: hasOfficial
        ? [
            reference(
              'the same share from official areas',
              'та сама частка за офіційними площами',
              round(officialShareOf(c.ids), 2),
              value,
              'percent',
              OFFICIAL_SOURCE,
              2,
            ),
          ]
        : [],
    });
  }

  for (const u of areas) {
    const official = OFFICIAL_AREA_KM2[u.id];
    const areaKm2 = round(u.areaKm2, 0);
    const kyivCityNote =
      u.id === 'UA-30'
        ? "Natural Earth's Kyiv-city polygon is coarse: this figure is far larger than the city's official area and is only a rough one."
        : null;
    items.push({
      id: `area-${u.id}`,
      label: `Area of ${unitNameEn(u)}`,
      label_uk: `Площа: ${u.nameUk}`,
      value: areaKm2,
      unit: 'km2',
      method: 'area',
      related_claims: [],
      places: [u.id],
      note: kyivCityNote,
      references:
        official === undefined
          ? []
          : [
              reference(
                `official area of ${unitNameEn(u)}`,
                `офіційна площа: ${u.nameUk}`,
                official,
                areaKm2,
                'km2',
                OFFICIAL_SOURCE,
                0,
              ),
            ],
    });
    items.push({
      id: `share-${u.id}`,
      label: `Share of Ukraine's area: ${unitNameEn(u)}`,
      label_uk: `Частка площі України: ${u.nameUk}`,
      value: round(shareOf([u.id]), 2),
      unit: 'percent',
      method: 'share',
      related_claims: [],
      places: [u.id],
      note: kyivCityNote,
      references: [],
    });
  }

  return { version: 1, generated_by: GENERATED_BY, inputs: INPUT_FILES, methods, items };
}

/** The exact bytes of geodata/computed.json: two-space JSON and a trailing newline. */
export function serialiseComputed(data: ComputedData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
