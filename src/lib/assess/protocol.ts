// Messages between the page and the assessment worker.
import type { MultiPolygon, Polygon } from 'geojson';
import type { Figure } from './figures';

export interface Snapshot {
  date: string;
  geometries: (Polygon | MultiPolygon)[];
}

export type AssessRequest =
  | { type: 'regions'; url: string }
  | { type: 'series'; key: string; snapshots: Snapshot[] }
  | { type: 'drop'; key: string }
  | { type: 'figure'; id: number; key: string; date: string; place: string }
  /** Asked for again (e.g. by the card just opened): to the front of the queue. */
  | { type: 'bump'; id: number };

export interface PlaceNames {
  nameEn: string;
  nameUk: string;
  type: string;
}

export type AssessResponse =
  | { type: 'figure'; id: number; ok: true; figure: Figure; names: PlaceNames; ms: number }
  | { type: 'figure'; id: number; ok: false; error: string };
