// The boundary sum gives what the exact clipper gives (turf area of turf intersect), and hands every touching case back to it.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundaryInsideM2 } from '../../src/lib/assess/boundaryArea';
import { assessedArea, clipperInsideKm2, insideKm2, unitsFrom, type Unit } from '../../src/lib/assess/figures';
import type { RegionProperties } from '../../src/lib/model/types';
import { boxRing } from './boxes';

const regions = JSON.parse(readFileSync(new URL('../../geodata/regions.geojson', import.meta.url), 'utf8')) as FeatureCollection<
  Geometry,
  RegionProperties
>;
const units = unitsFrom(regions);
const REAL = ['UA-09', 'UA-14', 'UA-12', 'UA-63', 'UA-23', 'UA-51', 'UA-43', 'UA-65'];

/** A deterministic pseudo-random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A star-shaped ring of `n` vertices with radii between 0.5 and 1.5 × `r` (degrees), closed. */
function starRing(cx: number, cy: number, r: number, n: number, rnd: () => number, clockwise = false): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const t = ((clockwise ? n - i : i) / n) * 2 * Math.PI;
    const rr = r * (0.5 + rnd());
    ring.push([cx + 1.5 * rr * Math.cos(t), cy + rr * Math.sin(t)]);
  }
  ring.push(ring[0]);
  return ring;
}

const asArea = (g: Polygon | MultiPolygon) => ({ type: 'Feature' as const, properties: {}, geometry: g });
const clipper = (u: Unit, g: Polygon | MultiPolygon) => clipperInsideKm2(u, asArea(g)) * 1e6;

describe('area inside from the boundaries', () => {
  it('matches the clipper on 120 random polygons against eight real oblasts', () => {
    const rnd = random(20250704);
    let measured = 0;
    for (let k = 0; k < 15; k++) {
      const cx = 30 + rnd() * 10;
      const cy = 45 + rnd() * 6;
      const g: Polygon = {
        type: 'Polygon',
        coordinates: [starRing(cx, cy, 0.5 + rnd() * 1.5, 30 + Math.floor(rnd() * 600), rnd)],
      };
      for (const id of REAL) {
        const u = units.get(id)!;
        const fast = boundaryInsideM2(u.feature.geometry, g);
        if (fast === null) continue;
        const exact = clipper(u, g);
        expect(Math.abs(fast - exact), `${id} star ${k}`).toBeLessThanOrEqual(1e-6 * Math.max(exact, 1e6));
        if (exact > 0) measured++;
      }
    }
    // Most cases meet an oblast: the comparison is not of zeros.
    expect(measured).toBeGreaterThan(20);
  });

  it('matches the clipper with holes, several polygons, and clockwise outer rings', () => {
    const rnd = random(7);
    const holed: Polygon = {
      type: 'Polygon',
      coordinates: [boxRing(37, 47.5, 40.5, 50), starRing(38.8, 48.8, 0.4, 80, rnd, true)],
    };
    const clockwiseOuter: Polygon = { type: 'Polygon', coordinates: [boxRing(38, 48, 39, 49).reverse()] };
    const several: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[starRing(38.5, 49.2, 0.3, 50, rnd)], [starRing(35, 47.9, 0.4, 70, rnd)], [boxRing(33, 45, 34, 46)]],
    };
    for (const g of [holed, clockwiseOuter, several]) {
      for (const id of REAL) {
        const u = units.get(id)!;
        const fast = boundaryInsideM2(u.feature.geometry, g);
        expect(fast, `${id} ${g.type}`).not.toBeNull();
        expect(Math.abs(fast! - clipper(u, g)), id).toBeLessThanOrEqual(1e-6 * Math.max(clipper(u, g), 1e6));
      }
    }
  });

  it('finds the crossings of edges that lie on the top or bottom of a band (boxes)', () => {
    const [unit] = unitsFrom({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'T', name_en: 'T', name_uk: 'T', type: 'oblast' },
          geometry: { type: 'Polygon', coordinates: [boxRing(30, 48, 32, 50)] },
        },
      ],
    }).values();
    const g: Polygon = { type: 'Polygon', coordinates: [boxRing(31, 47, 33, 51)] };
    expect(boundaryInsideM2(unit.feature.geometry, g)! / 1e6).toBeCloseTo(unit.areaKm2 / 2, 6);
  });

  it('leaves touching and shared boundaries to the clipper, and insideKm2 then still gives its figure', () => {
    const luhansk = units.get('UA-09')!;
    // The oblast's own polygon as the assessment: every edge shared.
    expect(boundaryInsideM2(luhansk.feature.geometry, luhansk.feature.geometry)).toBeNull();
    const own = assessedArea([luhansk.feature.geometry as Polygon | MultiPolygon])!;
    expect(insideKm2(luhansk, own)).toBeCloseTo(luhansk.areaKm2, 3);
    // A box whose corner is one of the oblast's vertices.
    const [vx, vy] = (
      luhansk.feature.geometry.type === 'Polygon'
        ? luhansk.feature.geometry.coordinates[0]
        : luhansk.feature.geometry.coordinates[0][0]
    )[3];
    const corner: Polygon = { type: 'Polygon', coordinates: [boxRing(vx, vy, vx + 1, vy + 1)] };
    expect(boundaryInsideM2(luhansk.feature.geometry, corner)).toBeNull();
    expect(insideKm2(luhansk, assessedArea([corner]))).toBeCloseTo(clipper(luhansk, corner) / 1e6, 6);
  });
});
