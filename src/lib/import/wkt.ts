// Well-known text (a CSV's "WKT" or "geometry" column) → a GeoJSON geometry object, or a message saying what is wrong.
//
// Reads POINT, LINESTRING, POLYGON, their MULTI forms and GEOMETRYCOLLECTION, with Z/M/ZM and EMPTY,
// and an "SRID=4326;" prefix (EWKT). The numbers are checked afterwards with the GeoJSON rules.
import { msg, MessageError, type ImportMessage } from './message.ts';

export type WktResult =
  | { ok: true; geometry: { type: string; coordinates?: unknown; geometries?: unknown[] } | null }
  | { ok: false; error: ImportMessage };

const TYPES: Record<string, string> = {
  POINT: 'Point',
  LINESTRING: 'LineString',
  POLYGON: 'Polygon',
  MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString',
  MULTIPOLYGON: 'MultiPolygon',
  GEOMETRYCOLLECTION: 'GeometryCollection',
};

/** Does this text look like WKT (so a column without a telling name can still be found)? */
export function looksLikeWkt(s: string): boolean {
  return /^\s*(SRID=\d+;\s*)?(MULTI)?(POINT|LINESTRING|POLYGON)\b|^\s*GEOMETRYCOLLECTION\b/i.test(s);
}

class WktError extends MessageError {}

/** Nesting depth of each type's coordinate lists. */
const DEPTH: Record<string, number> = { Point: 0, LineString: 1, MultiPoint: 1, Polygon: 2, MultiLineString: 2, MultiPolygon: 3 };

export function parseWkt(input: string): WktResult {
  let s = input.trim();
  const srid = /^SRID=(\d+);/i.exec(s);
  if (srid) {
    if (srid[1] !== '4326') return { ok: false, error: msg('wktSrid', { srid: srid[1]! }) };
    s = s.slice(srid[0].length);
  }
  let i = 0;
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const word = (): string => {
    ws();
    const m = /^[A-Za-z]+/.exec(s.slice(i, i + 40));
    if (!m) return '';
    i += m[0].length;
    return m[0].toUpperCase();
  };
  const expect = (c: string) => {
    ws();
    if (s[i] !== c) {
      const at = String(i + 1);
      throw new WktError(
        i < s.length ? msg('wktExpectedFound', { c, at, found: s.slice(i, i + 10) }) : msg('wktExpectedEnd', { c, at }),
      );
    }
    i++;
  };
  const position = (): number[] => {
    const nums: number[] = [];
    for (;;) {
      ws();
      const m = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(s.slice(i, i + 40));
      if (!m) break;
      nums.push(Number(m[0]));
      i += m[0].length;
    }
    if (nums.length < 2)
      throw new WktError(msg(nums.length === 0 ? 'wktPositionNoNumbers' : 'wktPositionOneNumber', { at: String(i + 1) }));
    return nums.slice(0, 3);
  };
  // A list of `depth`-deep lists; MULTIPOINT may write its points with or without brackets.
  const coords = (depth: number, multipoint = false): unknown => {
    if (depth === 0) return position();
    expect('(');
    const out: unknown[] = [];
    for (;;) {
      ws();
      if (multipoint) {
        // MULTIPOINT (1 2, 3 4) and MULTIPOINT ((1 2), (3 4)) are both in use.
        if (s[i] === '(') {
          i++;
          out.push(position());
          expect(')');
        } else out.push(position());
      } else out.push(coords(depth - 1));
      ws();
      if (s[i] === ',') {
        i++;
        continue;
      }
      expect(')');
      return out;
    }
  };
  const geometry = (level: number): { type: string; coordinates?: unknown; geometries?: unknown[] } | null => {
    if (level > 8) throw new WktError(msg('wktTooDeep'));
    const name = word();
    const type = TYPES[name];
    if (!type) throw new WktError(name ? msg('wktUnknownType', { name }) : msg('wktNoType'));
    const save = i;
    const dim = word();
    if (dim !== 'Z' && dim !== 'M' && dim !== 'ZM') {
      if (dim === 'EMPTY') return null;
      i = save;
    } else {
      const save2 = i;
      if (word() === 'EMPTY') return null;
      i = save2;
    }
    if (type === 'GeometryCollection') {
      expect('(');
      const geometries: unknown[] = [];
      for (;;) {
        const g = geometry(level + 1);
        if (g) geometries.push(g);
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        expect(')');
        return { type, geometries };
      }
    }
    if (type === 'Point') {
      expect('(');
      const p = position();
      expect(')');
      return { type, coordinates: p };
    }
    return { type, coordinates: coords(DEPTH[type]!, type === 'MultiPoint') };
  };
  try {
    const g = geometry(0);
    ws();
    if (i < s.length) throw new WktError(msg('wktTrailing', { at: String(i + 1), text: s.slice(i, i + 10) }));
    return { ok: true, geometry: g };
  } catch (e) {
    if (e instanceof WktError) return { ok: false, error: msg('wktUnreadable', { why: e.report }) };
    throw e;
  }
}
