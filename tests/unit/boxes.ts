// A longitude/latitude box as a GeoJSON polygon (its ring counter-clockwise, closed), for the assessment tests' hand-computed cases.
import type { Polygon, Position } from 'geojson';

export const boxRing = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

export const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [boxRing(w, s, e, n)],
});
