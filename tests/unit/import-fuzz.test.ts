// Fuzzes the GeoJSON import: thousands of seeded mutations of valid files must each end in a clean accept or a clean rejection.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import gjv from 'geojson-validation';
import { describe, expect, it } from 'vitest';
import { GEOMETRY_TYPES, validateGeoJsonBytes, validateGeoJsonText, type ImportResult } from '../../src/lib/import/validate.ts';
import { propertyRows } from '../../src/lib/import/display.ts';
import type { ImportMessage } from '../../src/lib/import/message.ts';
import { messageText } from '../../src/lib/import/messageText.ts';
// Seeded, so a failing run can be replayed from its seed.
import { mulberry32 } from '../../scripts/lib/mulberry32.mjs';

const SEED = 20250701;
const ROUNDS = 4000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const VALID_DIR = join(import.meta.dirname, '../fixtures/import/valid');
const bases: string[] = readdirSync(VALID_DIR).map((f) => readFileSync(join(VALID_DIR, f), 'utf8').replace(/^\ufeff/, ''));
bases.push(
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'x',
        properties: { a: [1, { b: 'c' }] },
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [1, 2],
            [3, 4],
          ],
        },
      },
      {
        type: 'Feature',
        properties: null,
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [1, 2],
              [3, 4],
            ],
            [
              [5, 6],
              [7, 8, 9],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { n: 1 },
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [0, 0] },
            {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 0],
                  [1, 0],
                  [1, 1],
                  [0, 0],
                ],
              ],
            },
          ],
        },
      },
    ],
  }),
);

function makeFuzzer(rnd: () => number) {
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

  const deepArray = (depth: number): Json => {
    let v: Json = 1;
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  };
  const junk = (): Json =>
    pick<() => Json>([
      () => null,
      () => true,
      () => int(400) - 200,
      () => (rnd() - 0.5) * 1e6,
      () => 1e308,
      () => -0,
      () => '',
      () => 'NaN',
      () => '12.5',
      () => '<img src=x onerror=alert(1)>',
      () => [],
      () => ({}),
      () => [int(360) - 180, int(180) - 90],
      () => [
        [0, 0],
        [1, 1],
      ],
      () => [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      () => deepArray(1 + int(120)),
      () => ({
        type: pick([...GEOMETRY_TYPES, 'Feature', 'FeatureCollection', 'Banana', '__proto__', 'constructor', 'toString']),
      }),
      () => ({ type: 'Point', coordinates: [int(500) - 250, int(300) - 150] }),
      () => JSON.parse('{"__proto__": {"polluted": true}}') as Json,
      () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Json,
    ])();

  /** Every container in a parsed document, to pick a place to mutate. */
  const containers = (v: Json, out: Array<Json[] | { [k: string]: Json }> = []) => {
    if (v && typeof v === 'object') {
      out.push(v);
      for (const child of Array.isArray(v) ? v : Object.values(v)) containers(child, out);
    }
    return out;
  };

  const mutateTree = (doc: Json) => {
    const all = containers(doc);
    if (all.length === 0) return;
    const node = pick(all);
    if (Array.isArray(node)) {
      const i = node.length ? int(node.length) : 0;
      const op = int(5);
      if (op === 0) node.splice(i, 1);
      else if (op === 1) node[i] = junk();
      else if (op === 2) node.push(junk());
      else if (op === 3 && node.length) node.splice(i, 0, node[i]!);
      else node.length = int(node.length + 1);
    } else {
      const keys = Object.keys(node);
      const key = keys.length ? pick(keys) : 'type';
      const op = int(5);
      if (op === 0) delete node[key];
      else if (op === 1) node[key] = junk();
      else if (op === 2)
        node[pick(['type', 'coordinates', 'geometry', 'properties', 'features', 'geometries', 'bbox', 'id', 'crs', 'x'])] =
          junk();
      else if (op === 3 && keys.length > 1) {
        // Swap two members' values: right keys, wrong types.
        const other = pick(keys);
        [node[key], node[other]] = [node[other]!, node[key]!];
      } else node[key] = [node[key] ?? null];
    }
  };

  const TOKENS = [
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '-1e999',
    'undefined',
    'null',
    '"__proto__":{"polluted":true},',
    '"constructor":{"prototype":{"polluted":true}},',
    '"type":"Banana",',
    '"type":"Point",',
    ',',
    '}',
    ']',
    '{',
    '[',
    '"',
    '\\',
    '[[[[[[[[[[',
    '\u0000',
    '\u2028',
    '\ud800',
    "'",
    '//',
    '0x10',
    '.5',
    '01',
  ];

  const mutateText = (text: string): string => {
    const at = () => int(text.length + 1);
    switch (int(7)) {
      case 0:
        return text.slice(0, at()); // truncated download
      case 1: {
        const i = at();
        return text.slice(0, i) + pick(TOKENS) + text.slice(i);
      }
      case 2: {
        // Duplicate keys: JSON.parse keeps the last, so a later "type" overrides the real one.
        const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
        if (!braces.length) return text;
        const i = pick(braces) + 1;
        return `${text.slice(0, i)}${pick(['"type":"Banana",', '"coordinates":"x",', '"__proto__":{"polluted":true},', '"features":null,', '"geometry":7,', '"properties":"p",'])}${text.slice(i)}`;
      }
      case 3: {
        const i = at();
        return text.slice(0, i) + text.slice(i + 1 + int(20));
      }
      case 4: {
        const chars = text.split('');
        for (let k = 0; k < 1 + int(4); k++) chars[int(chars.length)] = String.fromCharCode(int(128));
        return chars.join('');
      }
      case 5: {
        const i = at();
        return `${text.slice(0, i)}${'['.repeat(50 + int(5000))}${text.slice(i)}`;
      }
      default: {
        // Swap every number for a string or an out-of-range one.
        return text.replace(/-?\d+(\.\d+)?/g, (m) => (rnd() < 0.1 ? pick([`"${m}"`, '999', '-91', '1e400', 'null']) : m));
      }
    }
  };

  const mutateBytes = (bytes: Uint8Array): Uint8Array => {
    const out = new Uint8Array(bytes);
    for (let k = 0; k < 1 + int(6); k++) {
      if (out.length === 0) break;
      out[int(out.length)] = pick([0x00, 0x01, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf5, 0xff, int(256)]);
    }
    return rnd() < 0.2 ? out.subarray(0, int(out.length + 1)) : out;
  };

  return { int, pick, mutateTree, mutateText, mutateBytes };
}

const GEOMETRY_TYPE_SET = new Set<string>(GEOMETRY_TYPES);

/** Every position in a clean result must be 2 or 3 finite numbers with longitude and latitude in range. */
function checkPositions(coords: unknown, depth: number): void {
  if (depth === 0) {
    if (!Array.isArray(coords) || coords.length < 2 || coords.length > 3)
      throw new Error(`bad position ${JSON.stringify(coords)}`);
    for (const x of coords)
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`non-finite ${JSON.stringify(coords)}`);
    const [lon, lat] = coords as number[];
    if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90) throw new Error(`out of range ${JSON.stringify(coords)}`);
    return;
  }
  if (!Array.isArray(coords)) throw new Error('coordinates not an array');
  for (const c of coords) checkPositions(c, depth - 1);
}

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function checkGeometry(g: unknown): void {
  if (g === null) return;
  const geom = g as { type: string; coordinates?: unknown; geometries?: unknown[] };
  if (!GEOMETRY_TYPE_SET.has(geom.type)) throw new Error(`bad geometry type ${geom.type}`);
  if (geom.type === 'GeometryCollection') {
    if (!Array.isArray(geom.geometries)) throw new Error('geometries not an array');
    for (const inner of geom.geometries) {
      if (inner === null) throw new Error('null inside GeometryCollection');
      checkGeometry(inner);
    }
  } else checkPositions(geom.coordinates, DEPTH[geom.type]!);
}

const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** A message worded in both languages: non-empty, every slot filled; the English wording. */
function wording(m: ImportMessage, fail: (why: string) => never): string {
  const texts = (['en', 'uk'] as const).map((lang) => messageText(lang, m));
  for (const t of texts) if (t.trim() === '' || /\{\w+[,}]|\[object /.test(t)) fail(`message badly worded: ${JSON.stringify(t)}`);
  return texts[0]!;
}

/** The contract: exactly { ok: true, clean FeatureCollection } or exactly { ok: false, non-empty error }. */
function assertClean(r: ImportResult, input: string): void {
  const fail = (why: string): never => {
    throw new Error(`${why}\ninput (first 300 chars): ${JSON.stringify(input.slice(0, 300))}`);
  };
  if (
    ({} as Record<string, unknown>).polluted !== undefined ||
    Object.getOwnPropertyNames(Object.prototype).sort().join() !== protoKeys
  )
    fail('Object.prototype was changed');
  if (r.ok === false) {
    if (Object.keys(r).join() !== 'ok,error') fail(`rejection has extra members: ${Object.keys(r).join()}`);
    if (typeof r.error?.key !== 'string') fail('rejection without a message');
    const error = wording(r.error, fail);
    // The JSON locator must explain every syntax error itself, not fall back to the engine's words.
    if (r.error.key === 'notJsonEngine') fail(`locator found nothing: ${error}`);
    if (r.error.key === 'unexpectedError') fail(`internal error: ${error}`);
    return;
  }
  if (r.ok !== true) fail('ok is neither true nor false');
  if (Object.keys(r).join() !== 'ok,data,notices,stats') fail(`result has members ${Object.keys(r).join()}`);
  const { data } = r;
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) fail('data is not a FeatureCollection');
  if (r.stats.features !== data.features.length) fail('stats.features disagrees');
  for (const n of r.notices) wording(n, fail);
  data.features.forEach((f, i) => {
    if (f.type !== 'Feature' || f.id !== i) fail(`feature ${i} malformed`);
    if (Object.getPrototypeOf(f.properties) !== Object.prototype) fail(`feature ${i} properties have an odd prototype`);
    try {
      checkGeometry(f.geometry);
    } catch (e) {
      fail(`feature ${i}: ${(e as Error).message}`);
    }
    propertyRows(f.properties);
  });
  // geojson-validation, independently, must agree the output is GeoJSON.
  if (!gjv.valid(data)) fail(`geojson-validation rejects the output: ${gjv.valid(data, true)[0]}`);
}

describe('import fuzz', () => {
  it(`gives a clean accept or a clean rejection for ${ROUNDS} mutated files (seed ${SEED})`, () => {
    const rnd = mulberry32(SEED);
    const fz = makeFuzzer(rnd);
    const encoder = new TextEncoder();
    let accepted = 0;
    let rejected = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const base = fz.pick(bases);
      let text: string;
      const kind = round % 3;
      if (kind === 0) {
        const doc = JSON.parse(base) as Json;
        for (let k = 0; k < 1 + fz.int(3); k++) fz.mutateTree(doc);
        text = JSON.stringify(doc) ?? '';
      } else {
        text = base;
        for (let k = 0; k < 1 + fz.int(2); k++) text = fz.mutateText(text);
      }
      let result: ImportResult;
      try {
        result = kind === 2 ? validateGeoJsonBytes(fz.mutateBytes(encoder.encode(text))) : validateGeoJsonText(text);
      } catch (e) {
        throw new Error(`round ${round} threw ${String(e)} for ${JSON.stringify(text.slice(0, 300))}`, { cause: e });
      }
      assertClean(result, text);
      if (result.ok) accepted++;
      else rejected++;
    }
    // A fuzzer that only ever produced garbage (or never did) would test little; both outcomes must occur often.
    expect(accepted).toBeGreaterThan(ROUNDS * 0.05);
    expect(rejected).toBeGreaterThan(ROUNDS * 0.3);
    console.log(`import fuzz: ${ROUNDS} rounds, ${accepted} accepted, ${rejected} rejected`);
  });
});
