// GeoJSON import: every fixture gives its expected message or notices, and nothing in a file can run or pollute.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerNameFromFile, propertyRows, safeHref, uniqueLayerName, MAX_VALUE_CHARS } from '../../src/lib/import/display.ts';
import { crossCheckFeatureCollection, translateValidatorMessage } from '../../src/lib/import/crossCheck.ts';
import { findExcessiveNesting, locateJsonSyntaxError } from '../../src/lib/import/jsonSyntax.ts';
import { toProgress } from '../../src/lib/import/protocol.ts';
import { formatBytes } from '../../src/lib/import/bytes.ts';
import type { ImportMessage } from '../../src/lib/import/message.ts';
import { messageText } from '../../src/lib/import/messageText.ts';
import {
  MAX_IMPORT_BYTES,
  MAX_NESTING_DEPTH,
  validateGeoJsonBytes,
  validateGeoJsonText,
  type ImportPhase,
  type ImportResult,
  type ImportSuccess,
} from '../../src/lib/import/validate.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

interface Accepted {
  layerName: string;
  features: number;
  byGeometry: Record<string, number>;
  notices: string[];
  links?: string[];
}
interface Manifest {
  limits: { maxBytes: number; maxDepth: number };
  invalid: Record<string, string>;
  valid: Record<string, Accepted>;
  hostile: Record<string, Accepted>;
}
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Manifest;

/** A message as an English reader sees it. */
const en = (m: ImportMessage) => messageText('en', m);

const bytesOf = (folder: string, name: string) => new Uint8Array(readFileSync(join(FIXTURES, folder, name)));

function accepted(r: ImportResult): ImportSuccess {
  if (!r.ok) throw new Error(`expected the file to import, got: ${en(r.error)}`);
  return r;
}

function expectNotices(messages: ImportMessage[], fragments: string[]) {
  const notices = messages.map(en);
  expect(notices).toHaveLength(fragments.length);
  for (const f of fragments)
    expect(
      notices.some((n) => n.includes(f)),
      `a notice containing ${JSON.stringify(f)} in ${JSON.stringify(notices)}`,
    ).toBe(true);
}

describe('fixture manifest', () => {
  it('states the limits the code uses', () => {
    expect(manifest.limits).toEqual({ maxBytes: MAX_IMPORT_BYTES, maxDepth: MAX_NESTING_DEPTH });
  });
  it.each(['invalid', 'valid', 'hostile'] as const)('lists every file in %s/ and only those', (folder) => {
    expect(readdirSync(join(FIXTURES, folder)).sort()).toEqual(Object.keys(manifest[folder]).sort());
  });
});

describe('invalid files', () => {
  it.each(Object.entries(manifest.invalid))('%s is rejected with its message', (name, fragment) => {
    const r = validateGeoJsonBytes(bytesOf('invalid', name));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(en(r.error)).toContain(fragment);
    expect(en(r.error)).not.toMatch(/undefined|\[object /);
    expect(en(r.error).length).toBeLessThan(600);
  });

  it.each(Object.keys(manifest.invalid).filter((n) => !n.endsWith('.bin') && !['utf16.geojson', 'latin1.geojson'].includes(n)))(
    '%s gives the same message as text',
    (name) => {
      const text = readFileSync(join(FIXTURES, 'invalid', name), 'utf8');
      const r = validateGeoJsonText(text);
      expect(r.ok ? '' : en(r.error)).toContain(manifest.invalid[name]);
    },
  );
});

describe('valid and hostile files', () => {
  const all = [
    ...Object.entries(manifest.valid).map(([n, e]) => ['valid', n, e] as const),
    ...Object.entries(manifest.hostile).map(([n, e]) => ['hostile', n, e] as const),
  ];

  it.each(all)('%s/%s imports with the right stats and notices', (folder, name, exp) => {
    const r = accepted(validateGeoJsonBytes(bytesOf(folder, name)));
    expect(r.stats.features).toBe(exp.features);
    expect(r.data.features).toHaveLength(exp.features);
    expect(r.stats.byGeometry).toEqual(exp.byGeometry);
    expectNotices(r.notices, exp.notices);
    expect(layerNameFromFile(name)).toBe(exp.layerName);
    r.data.features.forEach((f, i) => expect(f.id).toBe(i));
  });

  it('gives the extent of all positions', () => {
    const r = accepted(validateGeoJsonBytes(bytesOf('valid', 'frontline-2025-07.geojson')));
    expect(r.stats.bbox).toEqual([36.2, 47.5, 37.9, 49.6]);
    expect(accepted(validateGeoJsonBytes(bytesOf('valid', 'empty-collection.geojson'))).stats.bbox).toBeNull();
  });

  it('keeps markup in properties as the exact text it was', () => {
    const r = accepted(validateGeoJsonBytes(bytesOf('hostile', 'xss-properties.geojson')));
    const props = r.data.features[0]!.properties;
    expect(props.name).toBe('<img src=x onerror="window.__pwned=1;alert(1)">');
    expect(props.note).toBe('<script>window.__pwned=1;alert(1)</script>');
    const rows = propertyRows(props);
    expect(rows.map((row) => row.value)).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(rows.map((row) => row.key)).toContain('<b onmouseover="window.__pwned=1">key</b>');
    expect(rows.every((row) => row.href === null)).toBe(true);
  });

  it.each(Object.entries(manifest.hostile))('%s makes links only of its http(s) URLs', (name, exp) => {
    const r = accepted(validateGeoJsonBytes(bytesOf('hostile', name)));
    const linked = r.data.features.flatMap((f) =>
      propertyRows(f.properties)
        .filter((row) => row.href !== null)
        .map((row) => row.key),
    );
    expect(linked.sort()).toEqual([...(exp.links ?? [])].sort());
  });
});

describe('prototype pollution', () => {
  const attempt = readFileSync(join(FIXTURES, 'hostile', 'proto-pollution.geojson'), 'utf8');

  it('never sets a property on Object.prototype', () => {
    const r = accepted(validateGeoJsonText(attempt));
    // Touch everything the UI might: copy, spread, assign, read rows.
    for (const f of r.data.features) {
      Object.assign({}, f.properties);
      JSON.parse(JSON.stringify(f));
      propertyRows(f.properties);
      structuredClone(f);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('renames the dangerous keys at every level and keeps plain prototypes', () => {
    const props = accepted(validateGeoJsonText(attempt)).data.features[0]!.properties;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.keys(props).sort()).toEqual(
      ['__proto__ (renamed)', 'constructor (renamed)', 'name', 'nested', 'prototype (renamed)'].sort(),
    );
    expect(props['__proto__ (renamed)']).toEqual({ polluted: true });
    expect((props as { polluted?: unknown }).polluted).toBeUndefined();
    const nested = props.nested as Record<string, unknown>;
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    expect(Object.keys(nested)).toEqual(['__proto__ (renamed)']);
    expect(Object.keys(props['constructor (renamed)'] as object)).toEqual(['prototype (renamed)']);
  });

  it('does not overwrite a key that already has the renamed name', () => {
    const r = accepted(
      validateGeoJsonText('{"type":"Feature","geometry":null,"properties":{"__proto__ (renamed)":1,"__proto__":2}}'),
    );
    expect(r.data.features[0]!.properties).toEqual({ '__proto__ (renamed)': 1, '__proto__ (renamed 2)': 2 });
  });

  it('rebuilds features instead of passing the parsed objects through', () => {
    const r = accepted(
      validateGeoJsonText(
        '{"type":"FeatureCollection","features":[{"type":"Feature","style":{"x":1},"geometry":{"type":"Point","coordinates":[1,2],"extra":1},"properties":{"a":1}}],"name":"n"}',
      ),
    );
    expect(Object.keys(r.data)).toEqual(['type', 'features']);
    expect(Object.keys(r.data.features[0]!).sort()).toEqual(['geometry', 'id', 'properties', 'type']);
    expect(Object.keys(r.data.features[0]!.geometry!).sort()).toEqual(['coordinates', 'type']);
    expectNotices(r.notices, ['"name" on the collection; "style" on features; "extra" on geometries']);
  });
});

describe('specific checks', () => {
  const fcOf = (geometry: unknown, properties: unknown = {}) =>
    JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] });
  const errorOf = (text: string) => {
    const r = validateGeoJsonText(text);
    return r.ok ? `ACCEPTED ${JSON.stringify(r.notices.map(en))}` : en(r.error);
  };

  it('names the place inside multi-part geometries', () => {
    expect(
      errorOf(
        fcOf({
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
              ],
            ],
          ],
        }),
      ),
    ).toBe(
      'Feature 1 (index 0): polygon 1, ring 1 is not closed (first [0, 0] ≠ last [0, 1]); a ring must end at the position where it starts.',
    );
    expect(
      errorOf(
        fcOf({
          type: 'MultiLineString',
          coordinates: [
            [
              [0, 0],
              [1, 1],
            ],
            [
              [0, 0],
              [1, 'x'],
            ],
          ],
        }),
      ),
    ).toContain('(MultiLineString line 1, position 1)');
    expect(
      errorOf(
        fcOf({
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [0, 0] },
            { type: 'Point', coordinates: [0, 99] },
          ],
        }),
      ),
    ).toContain('Feature 1 (index 0), member 1 of its GeometryCollection: coordinate [0, 99]');
  });

  it('checks what the GeoJSON structure requires', () => {
    expect(errorOf(fcOf({ type: 'Point', coordinates: 'x' }))).toContain('Point coordinates are a string ("x"), not a position');
    expect(errorOf(fcOf({ type: 'Polygon', coordinates: [5] }))).toContain(
      'Polygon ring 0 is a number (5), but must be an array of positions',
    );
    expect(errorOf(fcOf({ type: 'GeometryCollection' }))).toContain('"geometries" member is missing');
    expect(errorOf(fcOf({ type: 'point', coordinates: [0, 0] }))).toContain('Did you mean "Point"?');
    expect(errorOf(fcOf(5))).toContain('"geometry" must be an object or null, but it is a number (5)');
    expect(errorOf(fcOf(null, [1]))).toContain('"properties" must be an object or null, but it is an array');
    expect(errorOf('{"type":"FeatureCollection"}')).toContain('"features" member is missing');
    expect(errorOf('{"type":"FeatureCollection","features":[null]}')).toContain(
      'Feature 1 (index 0) is null, not a Feature object',
    );
    expect(errorOf('{"features":[]}')).toContain('add "type": "FeatureCollection"');
    expect(errorOf('"just text"')).toContain('holds a string ("just text"), not a GeoJSON object');
    expect(errorOf('null')).toContain('holds null');
  });

  it('accepts the odd but valid, with notices', () => {
    const r = accepted(validateGeoJsonText(fcOf({ type: 'Polygon', coordinates: [] })));
    expectNotices(r.notices, ['None of the 1 feature has a geometry']);
    expect(r.data.features[0]!.geometry).toBeNull();
    const noProps = accepted(
      validateGeoJsonText('{"type":"FeatureCollection","features":[{"type":"Feature","id":"a-1","geometry":null}]}'),
    );
    expect(noProps.data.features[0]!.properties).toEqual({ id: 'a-1' });
    expectNotices(noProps.notices, ['no "properties" member', 'None of the 1 feature']);
    const badBox = accepted(validateGeoJsonText('{"type":"FeatureCollection","bbox":"x","features":[]}'));
    expectNotices(badBox.notices, ['has no features', 'invalid "bbox"']);
  });

  it('refuses files over the size limit, naming both sizes', () => {
    const r = validateGeoJsonBytes(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(r.ok ? '' : en(r.error)).toBe(
      'This file is too large to import: 250.0 MB, and the limit is 250.0 MB. Split it or simplify its geometry first.',
    );
    const small = validateGeoJsonText('{"type":"FeatureCollection","features":[]}', { maxBytes: 10 });
    expect(small.ok ? '' : en(small.error)).toContain('too large to import: 42 characters, and the limit is 10 bytes');
    expect(formatBytes(62.4 * 1024 * 1024)).toBe('62.4 MB');
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = fcOf({ type: 'Point', coordinates: [1, 2] }, { note: '['.repeat(5000) + '{'.repeat(5000) + '\\"[[[' });
    expect(findExcessiveNesting(text, MAX_NESTING_DEPTH)).toBeNull();
    expect(validateGeoJsonText(text).ok).toBe(true);
    expect(findExcessiveNesting('['.repeat(65), 64)).toEqual({ depth: 65, offset: 64 });
    expect(findExcessiveNesting('['.repeat(64), 64)).toBeNull();
  });

  it('survives nesting far beyond the stack', () => {
    for (const text of ['['.repeat(1_000_000), '{"a":'.repeat(200_000), `{"type":"Point","coordinates":${'['.repeat(300_000)}`]) {
      const r = validateGeoJsonText(text);
      expect(r.ok ? '' : en(r.error)).toContain('nests more than 64 levels deep');
    }
  });

  it('reports progress through the phases in order', () => {
    const phases: ImportPhase[] = [];
    validateGeoJsonBytes(new TextEncoder().encode(fcOf({ type: 'Point', coordinates: [1, 2] })), {
      onProgress: (p) => phases.push(p),
    });
    expect([...new Set(phases)]).toEqual(['decode', 'parse', 'validate']);
    const overall = (['read', 'decode', 'parse', 'validate'] as const).flatMap((p) => [
      toProgress(p, 0).overall,
      toProgress(p, 1).overall,
    ]);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));
    expect(toProgress('validate', 1).overall).toBe(1);
  });
});

describe('JSON syntax locator', () => {
  it.each([
    ['{"a": 1,}', 'trailing comma', 8],
    ['{"a": 1 "b": 2}', 'is a comma missing?', 8],
    ['{a: 1}', 'property names must be in double quotes', 1],
    ['[1, 2] x', 'after the end of the JSON data', 7],
    ['{"a": "b\nc"}', 'inside a string', 8],
    ['{"a": 01}', 'malformed', 7],
    ['// comment\n{}', 'comments are not allowed', 0],
    ['{"a": "\\x"}', 'not a valid escape', 7],
    ['[-Infinity]', 'Infinity is not a JSON value', 1],
  ])('%j → %s', (text, problem, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = locateJsonSyntaxError(text);
    expect(found && en(found.problem)).toContain(problem);
    expect(found?.offset).toBe(offset);
  });

  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+10', '"\\u00e9\\n"', '{"a":[true,false,null,{"b":"c"}]}', ' \n{ "a" : 1 } \n']) {
      expect(locateJsonSyntaxError(text)).toBeNull();
    }
  });
});

describe('geojson-validation cross-check', () => {
  it('translates its trace into located plain words', () => {
    expect(en(translateValidatorMessage('at 3: at 0: The first and last positions must be equivalent'))).toBe(
      'Feature 4 (index 3): a polygon ring is not closed (its first and last positions differ) (at element 0 of its geometry).',
    );
    expect(en(translateValidatorMessage('at 0: must have a member with the name "geometry"'))).toBe(
      'Feature 1 (index 0): the "geometry" member is missing.',
    );
    expect(en(translateValidatorMessage('"Features" must be an array'))).toBe(
      'The FeatureCollection is not valid GeoJSON: "features" is not an array.',
    );
    expect(en(translateValidatorMessage('at 2: something new'))).toBe(
      'Feature 3 (index 2): the GeoJSON validator reports: something new.',
    );
  });

  it('turns its own crashes into a message', () => {
    // geojson-validation reads ring[0] without checking the ring is non-empty.
    const bad = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[]] } }],
    };
    const problem = crossCheckFeatureCollection(bad);
    expect(problem && en(problem)).toMatch(/could not read this data|ring/);
    expect(crossCheckFeatureCollection({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['  HTTPS://Example.org/x  ', 'https://example.org/x'],
  ])('%j → %j', (value, href) => expect(safeHref(value)).toBe(href));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    'example.org',
    'https://',
    'http://exa mple.org',
    'see https://example.org for more',
    'https://example.org/\nnext',
    'ftp://example.org',
    '',
    'https:\\\\evil.example',
  ])('%j → null', (value) => expect(safeHref(value)).toBeNull());

  it('is null for anything but a string', () => {
    for (const v of [null, undefined, 1, {}, ['https://example.org'], { toString: () => 'https://example.org' }])
      expect(safeHref(v)).toBeNull();
  });
});

describe('propertyRows', () => {
  it('spells every value out as plain text, in file order', () => {
    expect(propertyRows({ s: '<b>x</b> & "q"', n: 1.5, t: true, z: null, o: { a: [1, 'b'] }, l: [1, 2] })).toEqual([
      { key: 's', value: '<b>x</b> & "q"', href: null },
      { key: 'n', value: '1.5', href: null },
      { key: 't', value: 'true', href: null },
      { key: 'z', value: 'null', href: null },
      { key: 'o', value: '{"a":[1,"b"]}', href: null },
      { key: 'l', value: '[1,2]', href: null },
    ]);
  });

  it('truncates long values with an ellipsis but links the whole URL', () => {
    const long = 'x'.repeat(2000);
    const [row] = propertyRows({ long });
    expect(row!.value).toHaveLength(MAX_VALUE_CHARS);
    expect(row!.value.endsWith('…')).toBe(true);
    const url = `https://example.org/${'a'.repeat(600)}`;
    expect(propertyRows({ url })[0]!.href).toBe(url);
    // A surrogate pair straddling the cut is not split.
    const emoji = propertyRows({ e: `${'x'.repeat(MAX_VALUE_CHARS - 2)}😀😀` })[0]!.value;
    expect(emoji.endsWith('x…')).toBe(true);
  });

  it('returns no rows for non-objects', () => {
    for (const v of [null, undefined, 'x', 1, [1, 2]]) expect(propertyRows(v)).toEqual([]);
  });
});

describe('layer names', () => {
  it.each([
    ['frontline-2025-07.geojson', 'frontline-2025-07'],
    ['Strikes.JSON', 'Strikes'],
    ['areas.geo.json', 'areas'],
    ['C:\\Users\\me\\front line .geojson', 'front line'],
    ['/tmp/a/b.geojson', 'b'],
    ['notes.txt', 'notes'],
    ['events.CSV', 'events'],
    ['places.kmz', 'places'],
    ['report.pdf', 'report.pdf'],
    ['.geojson', 'imported layer'],
    ['   ', 'imported layer'],
    ['evil\u202egnp.geojson', 'evilgnp'],
    ['tab\tand\nnewline.geojson', 'tabandnewline'],
    ['<img src=x onerror=alert(1)>.geojson', '<img src=x onerror=alert(1)>'],
  ])('%j → %j', (file, name) => expect(layerNameFromFile(file)).toBe(name));

  it('caps the length', () => {
    const name = layerNameFromFile(`${'a'.repeat(300)}.geojson`);
    expect(name.length).toBeLessThanOrEqual(60);
    expect(name.endsWith('…')).toBe(true);
  });

  it('makes names unique among existing layers', () => {
    expect(uniqueLayerName('a', [])).toBe('a');
    expect(uniqueLayerName('a', ['a', 'a (2)'])).toBe('a (3)');
  });
});
