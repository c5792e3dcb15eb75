// Assessed figures against hand-computed ones: a square half inside a region is 50%, an oblast's own polygon 100% of it and its exact share of Ukraine.
import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  assessedArea,
  clippedInsideKm2,
  clipperInsideKm2,
  insideKm2,
  ukraineFigure,
  unitFigure,
  unitsFrom,
} from '../../src/lib/assess/figures';
import { groupByDate } from '../../src/lib/assess/engine';
import type { RegionProperties } from '../../src/lib/model/types';
import computed from '../../geodata/computed.json';
import { box } from './boxes';

const regions = JSON.parse(readFileSync(new URL('../../geodata/regions.geojson', import.meta.url), 'utf8')) as FeatureCollection<
  Geometry,
  RegionProperties
>;
const units = unitsFrom(regions);
const synthetic = unitsFrom({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'T-1', name_en: 'Test', name_uk: 'Тест', type: 'oblast' },
      geometry: box(30, 48, 32, 50),
    },
  ],
});

describe('synthetic polygons', () => {
  const unit = synthetic.get('T-1')!;
  it('a square half inside the region (split along a meridian) gives 50%', () => {
    const f = unitFigure(unit, assessedArea([box(31, 47, 33, 51)]));
    expect(f.share).toBeCloseTo(50, 6);
    expect(f.insideKm2).toBeCloseTo(unit.areaKm2 / 2, 3);
  });
  it('the region itself gives 100%; a polygon elsewhere 0%', () => {
    expect(unitFigure(unit, assessedArea([box(30, 48, 32, 50)])).share).toBeCloseTo(100, 6);
    expect(unitFigure(unit, assessedArea([box(40, 48, 41, 49)])).share).toBe(0);
    expect(unitFigure(unit, null).share).toBe(0);
  });
  it('overlapping assessed polygons count once', () => {
    const twice = assessedArea([box(31, 47, 33, 51), box(31, 47, 33, 51), box(31.5, 48, 32.5, 49)]);
    expect(unitFigure(unit, twice).share).toBeCloseTo(50, 6);
  });
  it('the area is geodesic (turf area), as the computed checks measure', () => {
    expect(unit.areaKm2).toBeCloseTo(area({ type: 'Feature', properties: {}, geometry: box(30, 48, 32, 50) }) / 1e6, 6);
  });
});

describe('the geodata boundaries', () => {
  const luhansk = units.get('UA-09')!;
  const assessed = assessedArea([luhansk.feature.geometry]);
  const areaOf = (id: string) => computed.items.find((i) => i.id === `area-${id}`)!.value;

  it("Luhansk oblast's own polygon is 100% of it, with the computed checks' area", () => {
    const f = unitFigure(luhansk, assessed);
    expect(f.share).toBeCloseTo(100, 3);
    expect(Math.round(f.placeKm2)).toBe(areaOf('UA-09'));
    expect(Math.abs(f.insideKm2 - f.placeKm2)).toBeLessThan(1);
  });

  it('and its exact share of Ukraine (all 27 units, Crimea included)', () => {
    const ua = ukraineFigure(units, (u) => insideKm2(u, assessed));
    expect(Math.round(ua.placeKm2)).toBe(areaOf('UA'));
    const share = computed.items.find((i) => i.id === 'share-UA-09')!.value;
    expect(ua.share).toBeCloseTo(share, 1);
    // Its neighbours touch it only along the border: nothing of their area is counted.
    expect(insideKm2(units.get('UA-14')!, assessed)).toBeLessThan(1);
  });

  it('Crimea and Sevastopol count towards Ukraine', () => {
    const crimea = assessedArea([units.get('UA-43')!.feature.geometry, units.get('UA-40')!.feature.geometry]);
    const ua = ukraineFigure(units, (u) => insideKm2(u, crimea));
    const share = computed.items.find((i) => i.id === 'share-crimea-sevastopol')!.value;
    expect(ua.share).toBeCloseTo(share, 1);
  });

  it('a synthetic series built from the geodata: the mission oblasts one by one', () => {
    const ids = ['UA-09', 'UA-14', 'UA-23'];
    const features = ids.map((id, i) => ({
      type: 'Feature' as const,
      properties: { date: `2025-0${i + 1}-01` },
      geometry: units.get(id)!.feature.geometry,
    }));
    const byDate = groupByDate([{ data: { features }, mark: { by: 'Test', date: null, note: '' } }]);
    expect([...byDate.keys()].sort()).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    const second = assessedArea(byDate.get('2025-02-01')!.map((f) => f.geometry));
    expect(unitFigure(units.get('UA-14')!, second).share).toBeCloseTo(100, 3);
    expect(unitFigure(units.get('UA-09')!, second).share).toBeLessThan(0.01);
  });

  it("clipping the assessed area to a unit's box first (as the worker does) gives the same figures", () => {
    const shapes = [
      assessedArea([box(37, 47, 41, 50)]),
      assessedArea([luhansk.feature.geometry]),
      assessedArea([box(38.5, 48.5, 40.5, 49.5), box(30, 44, 36, 46.5)]),
      assessedArea([
        {
          type: 'Polygon',
          coordinates: [
            [
              [35, 46],
              [41, 46],
              [41, 51],
              [35, 51],
              [35, 46],
            ],
            [
              [38, 48],
              [39, 48],
              [39, 49],
              [38, 49],
              [38, 48],
            ],
          ],
        },
      ]),
    ];
    for (const shape of shapes) {
      for (const id of ['UA-09', 'UA-14', 'UA-23', 'UA-43', 'UA-40', 'UA-30']) {
        const u = units.get(id)!;
        expect(clippedInsideKm2(u, shape), id).toBeCloseTo(insideKm2(u, shape), 3);
      }
    }
  });

  it('a 6,000-vertex assessment: the figure is the polygon clipper’s (how soon: npm run bench -- --files)', () => {
    // An ellipse of 6,000 vertices around Luhansk oblast's centre, reaching over its border.
    const ring: [number, number][] = [];
    for (let i = 0; i < 6000; i++) {
      const t = (i / 6000) * 2 * Math.PI;
      ring.push([39.3 + 1.6 * Math.cos(t), 48.9 + 1.0 * Math.sin(t)]);
    }
    ring.push(ring[0]);
    const big = assessedArea([{ type: 'Polygon', coordinates: [ring] }])!;
    const f = unitFigure(luhansk, big);
    expect(f.share).toBeGreaterThan(50);
    expect(f.share).toBeLessThan(100);
    expect(f.insideKm2).toBeCloseTo(clipperInsideKm2(luhansk, big), 3);
  });
});
