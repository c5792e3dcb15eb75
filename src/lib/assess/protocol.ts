// Messages between the page and the assessment worker.
import type { Figure } from './figures';
import type { PackedPolygons } from './packedPolygons';

/** One date of a series: its polygons, packed (sent as transferred buffers). */
export interface Snapshot {
  date: string;
  polygons: PackedPolygons;
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
