// The places the viewer can show and select: regions and sites, with names, extents and label points.
import type { FeatureCollection, Point } from 'geojson';
import type { SiteProperties } from './types';
import { MISSION_REGIONS, MISSION_SITES } from './types';

export type Bbox = [west: number, south: number, east: number, north: number];

/** Properties of geodata/region-labels.geojson: the regions' index (names, type, extent) at their label point. */
export interface RegionLabelProperties {
  id: string;
  name_en: string;
  name_uk: string;
  type: string;
  bbox: Bbox;
}

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

export function unionBbox(boxes: Bbox[]): Bbox {
  const out: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    out[0] = Math.min(out[0], b[0]);
    out[1] = Math.min(out[1], b[1]);
    out[2] = Math.max(out[2], b[2]);
    out[3] = Math.max(out[3], b[3]);
  }
  return out;
}

const missionIds = new Set<string>([...MISSION_REGIONS, ...MISSION_SITES]);

/** Regions come from the label index (no boundary is needed to list, name or fit them), sites from sites.geojson. */
export function buildPlaces(
  labels: FeatureCollection<Point, RegionLabelProperties>,
  sites: FeatureCollection<Point, SiteProperties>,
): Place[] {
  const regionPlaces = labels.features.map((f): Place => {
    const p = f.properties;
    return {
      id: p.id,
      kind: 'region',
      nameEn: p.name_en,
      nameUk: p.name_uk,
      mission: missionIds.has(p.id),
      bbox: p.bbox,
      anchor: f.geometry.coordinates as [number, number],
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

/** Region types (as regions.geojson spells them) in Ukrainian, for names that need telling apart. */
const REGION_TYPE_UK: Record<string, string> = {
  oblast: 'область',
  'city with special status': 'місто зі спеціальним статусом',
  'autonomous republic': 'автономна республіка',
  'republic (Russia)': 'республіка (Росія)',
};

/**
 * Two places may share a name (in English the Kyiv site and Kyiv Oblast, in Ukrainian the Kyiv site
 * and Kyiv city): the region then gets its type in brackets, in each language separately, so every
 * checkbox and button in the panel has a name of its own.
 */
function disambiguate(places: Place[]): Place[] {
  const counts = (name: (p: Place) => string) => {
    const count = new Map<string, number>();
    for (const p of places) count.set(name(p), (count.get(name(p)) ?? 0) + 1);
    return (p: Place) => p.kind === 'region' && (count.get(name(p)) ?? 0) > 1;
  };
  const sharesEn = counts((p) => p.nameEn);
  const sharesUk = counts((p) => p.nameUk);
  return places.map((p) => ({
    ...p,
    nameEn: sharesEn(p) ? `${p.nameEn} (${p.type})` : p.nameEn,
    nameUk: sharesUk(p) ? `${p.nameUk} (${REGION_TYPE_UK[p.type] ?? p.type})` : p.nameUk,
  }));
}
