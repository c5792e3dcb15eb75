// A series' polygons packed into flat arrays for the worker come back the same: every ring, hole and part, in order.
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { packPolygons, transferables, unpackPolygons } from '../../src/lib/assess/packedPolygons';
import { boxRing } from './boxes';

describe('packed polygons', () => {
  it('round-trip a polygon with a hole and a multipolygon, as one polygon each part', () => {
    const holed: Polygon = { type: 'Polygon', coordinates: [boxRing(30, 47, 34, 50), boxRing(31, 48, 32, 49).reverse()] };
    const parts: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[boxRing(36.5, 46.25, 37.125, 47)], [boxRing(38, 48, 39.5, 49.75), boxRing(38.5, 48.5, 39, 49)]],
    };
    const packed = packPolygons([holed, parts]);
    expect(Array.from(packed.polygonSizes)).toEqual([2, 1, 2]);
    expect(Array.from(packed.ringSizes)).toEqual([5, 5, 5, 5, 5]);
    expect(unpackPolygons(packed)).toEqual([
      holed,
      { type: 'Polygon', coordinates: parts.coordinates[0] },
      { type: 'Polygon', coordinates: parts.coordinates[1] },
    ]);
  });

  it('hands over three buffers that a transfer can move', () => {
    const packed = packPolygons([{ type: 'Polygon', coordinates: [boxRing(30, 47, 34, 50)] }]);
    const buffers = transferables(packed);
    expect(buffers).toHaveLength(3);
    const moved = structuredClone(packed, { transfer: buffers });
    expect(packed.coords.length).toBe(0);
    expect(unpackPolygons(moved)[0].coordinates[0]).toEqual(boxRing(30, 47, 34, 50));
  });
});
