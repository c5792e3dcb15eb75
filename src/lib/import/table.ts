// A table layer's rows and points packed into typed arrays: what crosses from the worker to the page, to the map and into storage.
//
// A 250 000-row CSV as objects is millions of strings and objects, and copying them between threads costs
// seconds of the page's time; as a few typed arrays it is a memory copy. Rows are decoded one at a time,
// when a card or a page of the table shows them.
import { TABLE_ROW_KEY } from './limits.ts';
import type { ImportCollection, ImportFeature } from './validate.ts';

export interface ImportTable {
  columns: string[];
  /** UTF-8 of each row's cells as a JSON array of strings, one after another. */
  bytes: Uint8Array;
  /** Row i is bytes[offsets[i] … offsets[i + 1]). */
  offsets: Uint32Array;
  /**
   * When every placed row is a point: longitude, latitude per row (NaN, NaN for a row not on the map),
   * and the layer's features are rebuilt from these on the page (see unpackFeatures).
   */
  points?: Float64Array;
}

/** Packs rows (each a JSON array of strings) into one UTF-8 buffer with offsets. */
export function packRows(columns: string[], rows: readonly string[]): ImportTable {
  const encoder = new TextEncoder();
  let capacity = 16;
  for (const r of rows) capacity += r.length; // a first guess: ASCII is one byte a character
  let bytes = new Uint8Array(capacity);
  const offsets = new Uint32Array(rows.length + 1);
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // Worst case three bytes per UTF-16 unit.
    if (bytes.length - at < row.length * 3) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + row.length * 3));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    at += encoder.encodeInto(row, bytes.subarray(at)).written;
    offsets[i + 1] = at;
  }
  return { columns, bytes: bytes.slice(0, at), offsets };
}

let decoder: TextDecoder | null = null;

/** Row `i`'s cells, or null when there is no such row or it cannot be read. */
export function rowCells(table: ImportTable, i: number): string[] | null {
  if (!Number.isInteger(i) || i < 0 || i + 1 >= table.offsets.length) return null;
  decoder ??= new TextDecoder();
  try {
    const cells: unknown = JSON.parse(decoder.decode(table.bytes.subarray(table.offsets[i]!, table.offsets[i + 1]!)));
    return Array.isArray(cells) ? cells.map((c) => (typeof c === 'string' ? c : String(c ?? ''))) : null;
  } catch {
    return null;
  }
}

/** Row `i` as properties named by the columns. */
export function rowProperties(table: ImportTable, i: number): Record<string, unknown> {
  const cells = rowCells(table, i);
  const out: Record<string, unknown> = {};
  if (!cells) return out;
  table.columns.forEach((c, k) => {
    out[c] = cells[k] ?? '';
  });
  return out;
}

/** Moves a points-only layer's coordinates into table.points and empties its feature list (worker side). */
export function packPoints(data: ImportCollection, table: ImportTable): void {
  const features = data.features;
  const points = new Float64Array(features.length * 2);
  for (let i = 0; i < features.length; i++) {
    const g = features[i]!.geometry;
    if (g === null) {
      points[2 * i] = NaN;
      points[2 * i + 1] = NaN;
    } else if (g.type === 'Point') {
      points[2 * i] = g.coordinates[0]!;
      points[2 * i + 1] = g.coordinates[1]!;
    } else return; // not all points: keep the features as they are
  }
  table.points = points;
  data.features = [];
}

/** Rebuilds the features of a layer packed by packPoints (page side); other layers are left as they are. */
export function unpackFeatures(data: ImportCollection, table: ImportTable | undefined | null): ImportCollection {
  const points = table?.points;
  if (!points || data.features.length > 0) return data;
  const n = points.length / 2;
  const features: ImportFeature[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const lon = points[2 * i]!;
    const lat = points[2 * i + 1]!;
    features[i] = {
      type: 'Feature',
      id: i,
      geometry: Number.isNaN(lon) ? null : { type: 'Point', coordinates: [lon, lat] },
      properties: { [TABLE_ROW_KEY]: i },
    };
  }
  return { type: 'FeatureCollection', features };
}
