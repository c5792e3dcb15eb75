// The places the viewer can show and select: regions and sites, with names, bounds and label points.
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { RegionProperties, SiteProperties } from './types';
import { MISSION_REGIONS, MISSION_SITES } from './types';

export type Bbox = [west: number, south: number, east: number, north: number];

export interface Place {
  id: string;
  kind: 'region' | 'site';
  nameEn: string;
  nameUk: string;
  /** One of the mission's seven places (six oblasts and the Kupol plant). */
  mission: boolean;
  bbox: Bbox;
  /** Where the place's label and popup anchor sit. */
  anchor: [number, number];
  /** Region type ("oblast") or site kind ("strike-site", "city"). */
  type: string;
  precision?: SiteProperties['precision'];
  basis?: string;
  /** For a site: the region it lies in. */
  region?: string;
}

function extend(bbox: Bbox, position: Position): void {
  const [x, y] = position;
  if (x < bbox[0]) bbox[0] = x;
  if (y < bbox[1]) bbox[1] = y;
  if (x > bbox[2]) bbox[2] = x;
  if (y > bbox[3]) bbox[3] = y;
}

export function geometryBbox(geometry: Geometry): Bbox {
  const bbox: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (coords: unknown): void => {
    if (Array.isArray(coords) && typeof coords[0] === 'number') extend(bbox, coords as Position);
    else if (Array.isArray(coords)) coords.forEach(walk);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => walk(geometryBbox(g)));
  else walk(geometry.coordinates);
  return bbox;
}

export function unionBbox(boxes: Bbox[]): Bbox {
  const out: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    extend(out, [b[0], b[1]]);
    extend(out, [b[2], b[3]]);
  }
  return out;
}

const missionIds = new Set<string>([...MISSION_REGIONS, ...MISSION_SITES]);

export function buildPlaces(
  regions: FeatureCollection<Geometry, RegionProperties>,
  labels: FeatureCollection<Point, { id: string }>,
  sites: FeatureCollection<Point, SiteProperties>,
): Place[] {
  const labelAt = new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]));
  const regionPlaces = regions.features.map((f: Feature<Geometry, RegionProperties>): Place => {
    const bbox = geometryBbox(f.geometry);
    const p = f.properties;
    return {
      id: p.id,
      kind: 'region',
      nameEn: p.name_en,
      nameUk: p.name_uk,
      mission: missionIds.has(p.id),
      bbox,
      anchor: labelAt.get(p.id) ?? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
      type: p.type,
    };
  });
  const sitePlaces = sites.features.map((f): Place => {
    const [x, y] = f.geometry.coordinates;
    const p = f.properties;
    return {
      id: p.id,
      kind: 'site',
      nameEn: p.name_en,
      nameUk: p.name_uk ?? p.name_en,
      mission: missionIds.has(p.id),
      bbox: [x, y, x, y],
      anchor: [x, y],
      type: p.kind,
      precision: p.precision,
      basis: p.basis,
      region: p.region,
    };
  });
  return disambiguate([...regionPlaces, ...sitePlaces]);
}

/**
 * Two places may share an English name (the Kyiv site and Kyiv Oblast): the region then gets its
 * type in brackets, so every checkbox and button in the panel has a name of its own.
 */
function disambiguate(places: Place[]): Place[] {
  const count = new Map<string, number>();
  for (const p of places) count.set(p.nameEn, (count.get(p.nameEn) ?? 0) + 1);
  return places.map((p) => (p.kind === 'region' && (count.get(p.nameEn) ?? 0) > 1 ? { ...p, nameEn: `${p.nameEn} (${p.type})` } : p));
}

/** Mission places first, in the mission's order; then the others that claims name, then the rest by name. */
export function panelOrder(places: Place[], named: Set<string>): Place[] {
  const order = [...MISSION_REGIONS, ...MISSION_SITES] as string[];
  const rank = (p: Place): number => {
    const i = order.indexOf(p.id);
    if (i >= 0) return i;
    return named.has(p.id) ? 100 : 200;
  };
  return [...places].sort((a, b) => rank(a) - rank(b) || a.nameEn.localeCompare(b.nameEn));
}
