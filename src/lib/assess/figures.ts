// Share and km² of a place inside an assessed area: geodesic area of their intersection (turf's measure), the same boundaries as the computed checks. Worker and tests only.
import { area, bbox, bboxClip, featureCollection, intersect, multiPolygon, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { RegionProperties } from '../model/types';
import { boundaryInsideM2 } from './boundaryArea';

export type Area = Feature<Polygon | MultiPolygon>;
type BBox = [number, number, number, number];

export interface Unit {
  id: string;
  nameEn: string;
  nameUk: string;
  type: string;
  feature: Area;
  bbox: BBox;
  /** Spherical area in km², as the computed checks have it. */
  areaKm2: number;
}

export interface Figure {
  /** Area of the place inside the assessed area, km². */
  insideKm2: number;
  /** Area of the place, km² (Ukraine: the sum of its 27 units). */
  placeKm2: number;
  /** insideKm2 / placeKm2 × 100. */
  share: number;
}

/** Ukraine's first-level units (all 27, Crimea and Sevastopol included) and any other unit, by id. */
export function unitsFrom(regions: FeatureCollection<Geometry, RegionProperties>): Map<string, Unit> {
  const out = new Map<string, Unit>();
  for (const f of regions.features) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const feature = f as Area;
    out.set(f.properties.id, {
      id: f.properties.id,
      nameEn: f.properties.name_en,
      nameUk: f.properties.name_uk,
      type: f.properties.type,
      feature,
      bbox: bbox(feature) as BBox,
      areaKm2: area(feature) / 1e6,
    });
  }
  return out;
}

/** Polygons of an assessment, as one feature; overlapping parts are merged so nothing counts twice. */
export function assessedArea(geometries: readonly (Polygon | MultiPolygon)[]): Area | null {
  const polygons: Position[][][] = [];
  for (const g of geometries) {
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else polygons.push(...g.coordinates);
  }
  const usable = polygons.filter((p) => p.length > 0 && p[0].length >= 4);
  if (usable.length === 0) return null;
  if (usable.length === 1) return multiPolygon([usable[0]]);
  try {
    const merged = union(featureCollection(usable.map((p) => multiPolygon([p]))));
    return merged as Area | null;
  } catch {
    // A polygon the union cannot take (self-crossing): measured as given, by the exact clipper only
    // (its parts may overlap, which the boundary sum cannot tell).
    return multiPolygon(usable, { [UNMERGED]: true });
  }
}

/** Set on an assessed area whose polygons could not be merged. */
const UNMERGED = 'unmerged';

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * km² of a unit inside the assessed area: summed from the two boundaries (boundaryArea.ts, the same
 * measure, ten to thirty times faster), or where they touch or share a stretch, by the exact clipper.
 */
export function insideKm2(unit: Unit, assessed: Area | null, assessedBox?: BBox): number {
  if (!assessed) return 0;
  if (!overlaps(unit.bbox, assessedBox ?? (bbox(assessed) as BBox))) return 0;
  const m2 = assessed.properties?.[UNMERGED] ? null : boundaryInsideM2(unit.feature.geometry, assessed.geometry);
  return m2 !== null ? m2 / 1e6 : clipperInsideKm2(unit, assessed);
}

/** km² of a unit inside the assessed area by the exact polygon clipper (turf's intersect, then its area). */
export function clipperInsideKm2(unit: Unit, assessed: Area): number {
  const cut = intersect(featureCollection([unit.feature, assessed]));
  return cut ? area(cut) / 1e6 : 0;
}

/**
 * km² of a unit inside the assessed area, the area first clipped to the unit's box: only that part can
 * meet the unit, so the intersection is the same, and the exact clipper gets far fewer edges.
 */
export function clippedInsideKm2(unit: Unit, assessed: Area | null, assessedBox?: BBox): number {
  if (!assessed) return 0;
  const box = assessedBox ?? (bbox(assessed) as BBox);
  const [w, s, e, n] = unit.bbox;
  if (box[0] >= w && box[1] >= s && box[2] <= e && box[3] <= n) return insideKm2(unit, assessed, box);
  if (!overlaps(unit.bbox, box)) return 0;
  const pad = 1e-6;
  const clipped = bboxClip(assessed, [w - pad, s - pad, e + pad, n + pad]) as Area;
  // The rectangle clip leaves empty or too-short rings where a part lay outside the box: drop them
  // (a polygon whose outer ring went goes whole), so the exact clipper gets valid input.
  const polys = (clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates)
    .filter((rings) => rings.length > 0 && rings[0].length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4));
  if (polys.length === 0) return 0;
  return insideKm2(unit, multiPolygon(polys));
}

/** The figure for one unit. */
export function unitFigure(unit: Unit, assessed: Area | null, assessedBox?: BBox): Figure {
  const inside = insideKm2(unit, assessed, assessedBox);
  return { insideKm2: inside, placeKm2: unit.areaKm2, share: (inside / unit.areaKm2) * 100 };
}

/** Ukraine as a whole: the sum over all its units (UA-*), Crimea included; each unit's part given by `part`. */
export function ukraineFigure(units: Map<string, Unit>, part: (unit: Unit) => number): Figure {
  let inside = 0;
  let total = 0;
  for (const u of units.values()) {
    if (!u.id.startsWith('UA-')) continue;
    inside += part(u);
    total += u.areaKm2;
  }
  return { insideKm2: inside, placeKm2: total, share: total > 0 ? (inside / total) * 100 : 0 };
}

export { METHOD_TEXT as METHOD } from './method';
