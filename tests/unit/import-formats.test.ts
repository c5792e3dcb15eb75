// KML, KMZ, GPX, TopoJSON, CSV and TSV import: every fixture gives its message or its layer, formats are found by content, nothing in a file can run or pollute.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, detectFormat } from '../../src/lib/import/parseFile.ts';
import { csvToLayer, normalizeColumnName, parseCoordinate, propertyNames } from '../../src/lib/import/csv.ts';
import { parseWkt } from '../../src/lib/import/wkt.ts';
import { htmlToText } from '../../src/lib/import/htmlText.ts';
import { readText } from '../../src/lib/import/readText.ts';
import { isUnsafeZipPath, readProlog } from '../../src/lib/import/xml.ts';
import { featureProperties, propertyRows } from '../../src/lib/import/display.ts';
import { MAX_IMPORT_BYTES } from '../../src/lib/import/limits.ts';
import { unpackFeatures } from '../../src/lib/import/table.ts';
import type { ImportResult, ImportSuccess } from '../../src/lib/import/validate.ts';
import type { ImportMessage } from '../../src/lib/import/message.ts';
import { messageText } from '../../src/lib/import/messageText.ts';
import { TextReadError } from '../../src/lib/import/readText.ts';

/** A message as an English reader sees it. */
const en = (m: ImportMessage) => messageText('en', m);

const DIR = join(import.meta.dirname, '../fixtures/import/formats');
const GEOJSON_DIR = join(import.meta.dirname, '../fixtures/import');

interface Accepted {
  format: string;
  features: number;
  byGeometry: Record<string, number>;
  withoutGeometry: number;
  notices: string[];
  links?: string[];
  text?: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  invalid: Record<string, string>;
  valid: Record<string, Accepted>;
  hostile: Record<string, Accepted>;
};

const blobOf = (folder: string, name: string, dir = DIR) => new Blob([readFileSync(join(dir, folder, name))]);
const blobText = (text: string) => new Blob([new TextEncoder().encode(text)]);

/** The result as the page sees it: a packed table layer's features rebuilt. */
function accepted(r: ImportResult): ImportSuccess {
  if (!r.ok) throw new Error(`expected the file to import, got: ${en(r.error)}`);
  return { ...r, data: unpackFeatures(r.data, r.table) };
}

function expectNotices(messages: ImportMessage[], fragments: string[]) {
  const notices = messages.map(en);
  expect(notices, JSON.stringify(notices)).toHaveLength(fragments.length);
  for (const f of fragments)
    expect(
      notices.some((n) => n.includes(f)),
      `a notice containing ${JSON.stringify(f)} in ${JSON.stringify(notices)}`,
    ).toBe(true);
}

describe('format fixture manifest', () => {
  it.each(['invalid', 'valid', 'hostile'] as const)('lists every file in formats/%s/ and only those', (folder) => {
    expect(readdirSync(join(DIR, folder)).sort()).toEqual(Object.keys(manifest[folder]).sort());
  });
});

describe('broken files in every format', () => {
  it.each(Object.entries(manifest.invalid))('%s is refused with its message', async (name, fragment) => {
    const r = await parseFile(blobOf('invalid', name), name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(en(r.error)).toContain(fragment);
    expect(en(r.error)).not.toMatch(/undefined|\[object /);
    expect(en(r.error).length).toBeLessThan(700);
  });
});

describe('valid and hostile files in every format', () => {
  const all = [
    ...Object.entries(manifest.valid).map(([n, e]) => ['valid', n, e] as const),
    ...Object.entries(manifest.hostile).map(([n, e]) => ['hostile', n, e] as const),
  ];

  it.each(all)('%s/%s imports with the right format, counts and notices', async (folder, name, exp) => {
    const r = accepted(await parseFile(blobOf(folder, name), name));
    expect(r.stats.format).toBe(exp.format);
    expect(r.stats.features).toBe(exp.features);
    expect(r.data.features).toHaveLength(exp.features);
    expect(r.stats.byGeometry).toEqual(exp.byGeometry);
    expect(r.stats.withoutGeometry).toBe(exp.withoutGeometry);
    expect(r.data.features.filter((f) => f.geometry === null)).toHaveLength(exp.withoutGeometry);
    expectNotices(r.notices, exp.notices);
    r.data.features.forEach((f, i) => expect(f.id).toBe(i));
    // Structured-cloneable, as the worker must post it.
    expect(() => structuredClone(r.data)).not.toThrow();
  });

  it.each(Object.entries(manifest.hostile))('%s keeps its text exactly and links only http(s) URLs', async (name, exp) => {
    const r = accepted(await parseFile(blobOf('hostile', name), name));
    const layer = { data: r.data, table: r.table };
    const props = featureProperties(layer, r.data.features[0]!.properties);
    for (const [key, text] of Object.entries(exp.text ?? {})) expect(props[key]).toBe(text);
    const linked = r.data.features.flatMap((f) =>
      propertyRows(featureProperties(layer, f.properties))
        .filter((row) => row.href !== null)
        .map((row) => row.key),
    );
    expect([...new Set(linked)].sort()).toEqual([...(exp.links ?? [])].sort());
    for (const f of r.data.features) expect(Object.getPrototypeOf(f.properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('KML: names, descriptions as text, ExtendedData as properties, folders as a property', async () => {
    const r = accepted(await parseFile(blobOf('valid', 'geolocations.kml'), 'geolocations.kml'));
    const [depot, bridge, road] = r.data.features;
    expect(depot!.properties).toEqual({
      name: 'Depot fire',
      description: 'Smoke seen from two angles.\n\nSee the post (https://example.org/post/1).',
      date: '2025-07-14',
      confidence: 'medium',
      folder: 'Strikes / July',
    });
    expect(bridge!.properties.description).toBe('Span down & river crossing cut');
    expect(road!.properties).toEqual({ name: 'Road of interest' });
  });

  it('KML: a description with markup holds no tag, script or style text', async () => {
    const r = accepted(await parseFile(blobOf('hostile', 'script-in-description.kml'), 'x.kml'));
    const d = String(r.data.features[0]!.properties.description);
    expect(d).not.toMatch(/<|>|__pwned|display:none/);
  });

  it('GPX: waypoints, routes and tracks, each marked with gpx_type, without per-point arrays', async () => {
    const r = accepted(await parseFile(blobOf('valid', 'patrol.gpx'), 'patrol.gpx'));
    const kinds = r.data.features.map((f) => f.properties.gpx_type).sort();
    expect(kinds).toEqual(['route', 'track', 'waypoint', 'waypoint']);
    const a = r.data.features.find((f) => f.properties.name === 'Checkpoint A')!;
    expect(a.properties.desc).toBe('Start here');
    for (const f of r.data.features) expect(f.properties).not.toHaveProperty('coordinateProperties');
    const track = r.data.features.find((f) => f.properties.gpx_type === 'track')!;
    expect([track.properties.start_time, track.properties.end_time]).toEqual(['2025-07-01T08:00:00Z', '2025-07-01T09:10:00Z']);
  });

  it('TopoJSON: every object, with its name on each feature, shared arcs stitched', async () => {
    const r = accepted(await parseFile(blobOf('valid', 'areas-and-points.topojson'), 'a.topojson'));
    expect(r.data.features.map((f) => f.properties.topojson_object)).toEqual(['areas', 'areas', 'sites']);
    const west = r.data.features[0]!.geometry as { coordinates: number[][][] };
    expect(west.coordinates[0]![0]).toEqual([37.5, 47.5]);
  });

  it('CSV: rows without coordinates are kept, without geometry, with every cell', async () => {
    const r = accepted(await parseFile(blobOf('valid', 'events-acled-style.csv'), 'events.csv'));
    const props = (i: number) => featureProperties({ data: r.data, table: r.table }, r.data.features[i]!.properties);
    const missing = r.data.features.filter((f) => f.geometry === null).map((f) => props(f.id as number).event_id_cnty);
    expect(missing).toEqual(['UKR1003', 'UKR1005', 'UKR1008']);
    expect(props(1).notes).toBe('Clashes near the town; "heavy" fighting reported');
    // The features carry only their row number; the cells travel packed.
    expect(r.data.features[1]!.properties).toEqual({ __row__: 1 });
    expect(r.data.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [37.7069, 48.5277] });
    expect(r.stats.columns).toHaveLength(13);
    expect(r.stats.bbox).toEqual([32.6169, 46.6354, 37.7069, 48.5277]);
  });

  it('CSV: Ukrainian column names and decimal commas', async () => {
    const r = accepted(await parseFile(blobOf('valid', 'events-ukrainian.csv'), 'події.csv'));
    expect(r.data.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [37.7069, 48.5277] });
    expect(featureProperties({ data: r.data, table: r.table }, r.data.features[0]!.properties).назва).toBe('Костянтинівка');
  });
});

describe('format detection', () => {
  const head = (s: string) => new TextEncoder().encode(s);
  it('goes by content before the name', () => {
    expect(detectFormat(head('<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'), 'data.txt')).toEqual({
      format: 'kml',
    });
    expect(detectFormat(head('<gpx version="1.1">'), 'track.xml')).toEqual({ format: 'gpx' });
    expect(detectFormat(head('{"type":"FeatureCollection","features":[]}'), 'export.csv')).toEqual({ format: 'geojson' });
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'places.zip')).toEqual({ format: 'kmz' });
    expect(detectFormat(head('lat,lon\n1,2\n'), 'points.json')).toEqual({ format: 'geojson' }); // broken JSON gets the JSON reader's message
    expect(detectFormat(head('lat,lon\n1,2\n'), 'points')).toEqual({ format: 'csv' });
    expect(detectFormat(head('lat\tlon\n1\t2\n'), 'points.tsv')).toEqual({ format: 'tsv' });
  });

  it('reads the XML prolog past comments and a DOCTYPE', () => {
    expect(readProlog('\ufeff<?xml version="1.0"?><!-- hi --><!DOCTYPE kml [ <!ENTITY a "b"> ]><kml:kml xmlns:kml="x">')).toEqual(
      {
        root: 'kml',
        doctype: '<!DOCTYPE kml [ <!ENTITY a "b"> ]>',
      },
    );
  });

  it('a GeoJSON file read through the new path gives the same message as before', async () => {
    const old = JSON.parse(readFileSync(join(GEOJSON_DIR, 'expected.json'), 'utf8')) as { invalid: Record<string, string> };
    for (const [name, fragment] of Object.entries(old.invalid)) {
      const r = await parseFile(blobOf('invalid', name, GEOJSON_DIR), name);
      expect(r.ok ? '' : en(r.error), name).toContain(fragment);
    }
  });
});

describe('CSV details', () => {
  it('reads coordinates written in the usual ways', () => {
    expect(parseCoordinate('48.5')).toBe(48.5);
    expect(parseCoordinate(' 48,5 ')).toBe(48.5);
    expect(parseCoordinate('+37.25')).toBe(37.25);
    expect(parseCoordinate('48.5°')).toBe(48.5);
    expect(parseCoordinate('37.9 W')).toBe(-37.9);
    expect(parseCoordinate('12.5S')).toBe(-12.5);
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('   ')).toBeNull();
    expect(parseCoordinate(undefined)).toBeNull();
    expect(parseCoordinate('abc')).toBeNaN();
    expect(parseCoordinate('1,234,5')).toBeNaN();
    expect(parseCoordinate('0x10')).toBeNaN();
  });

  it('finds coordinate columns by name in any case and in Ukrainian', () => {
    expect(['LATITUDE', 'Lat', ' y ', 'Широта', 'lat (WGS84)', 'Latitude_DD'].map(normalizeColumnName)).toEqual([
      'latitude',
      'lat',
      'y',
      'широта',
      'lat',
      'latitudedd',
    ]);
  });

  it('names columns safely and uniquely', () => {
    expect(propertyNames(['name', 'name', '', '__proto__', '__row__']).names).toEqual([
      'name',
      'name (2)',
      'column 3',
      '__proto__ (renamed)',
      '__row__ (renamed)',
    ]);
  });

  it('reports rows whose coordinates cannot be used, and keeps them', async () => {
    const r = accepted(await csvToLayer(blobText('name,lat,lon\nA,48.1,37.5\nB,95,37.5\nC,abc,37\nD,48.1,\nE,,\n'), 10));
    expect(r.stats.withoutGeometry).toBe(4);
    expect(r.notices.map(en).join(' ')).toContain(
      '3 rows have coordinates that cannot be used (row 2: latitude 95 is outside -90…90 (are latitude and longitude swapped?); row 3: latitude "abc" is not a number; row 4: it has a latitude but no longitude)',
    );
    expect(r.notices.map(en).join(' ')).toContain('1 row has no coordinates');
  });

  it('gives the same layer whatever the slice size: quoted newlines and multi-byte letters split across slices', async () => {
    const text =
      'назва,lat,lon,note\n"Київ",50.45,30.52,"line one\nline two, with comma"\nЛьвів,49.84,24.03,"""quoted"""\r\nОдеса,46.48,30.72,\n';
    const whole = accepted(await csvToLayer(blobText(text), text.length));
    for (const slice of [1, 2, 3, 5, 7, 16]) {
      const r = accepted(await csvToLayer(blobText(text), text.length, { sliceBytes: slice }));
      expect(r.table, `slice ${slice}`).toEqual(whole.table);
    }
    expect(
      whole.data.features.map((f) => featureProperties({ data: whole.data, table: whole.table }, f.properties).note),
    ).toEqual(['line one\nline two, with comma', '"quoted"', '']);
  });

  it('a header only is an empty layer; no rows at all is refused', async () => {
    expect(accepted(await csvToLayer(blobText('lat,lon\n'), 8)).stats.features).toBe(0);
    expect((await csvToLayer(blobText('\n\n'), 2)).ok).toBe(false);
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    const r = await csvToLayer(blobText('lat,lon\n1,2\n'), 12, { signal: abort.signal });
    expect(r.ok ? '' : en(r.error)).toBe('The import was cancelled.');
  });
});

describe('WKT', () => {
  it('reads every geometry type, Z, EMPTY and SRID=4326', () => {
    expect(parseWkt('POINT (30 10)')).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [30, 10] } });
    expect(parseWkt('point z (30 10 5)')).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [30, 10, 5] } });
    expect(parseWkt('SRID=4326;LINESTRING (30 10, 10 30)')).toEqual({
      ok: true,
      geometry: {
        type: 'LineString',
        coordinates: [
          [30, 10],
          [10, 30],
        ],
      },
    });
    expect(parseWkt('MULTIPOINT (10 40, 40 30)')).toEqual({
      ok: true,
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [10, 40],
          [40, 30],
        ],
      },
    });
    expect(parseWkt('MULTIPOINT ((10 40), (40 30))')).toEqual({
      ok: true,
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [10, 40],
          [40, 30],
        ],
      },
    });
    expect(parseWkt('MULTIPOLYGON (((30 20, 45 40, 10 40, 30 20)))')).toEqual({
      ok: true,
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [30, 20],
              [45, 40],
              [10, 40],
              [30, 20],
            ],
          ],
        ],
      },
    });
    expect(parseWkt('GEOMETRYCOLLECTION (POINT (40 10), LINESTRING (10 10, 20 20))').ok).toBe(true);
    expect(parseWkt('POLYGON EMPTY')).toEqual({ ok: true, geometry: null });
  });

  it('says what is wrong', () => {
    const error = (text: string) => {
      const r = parseWkt(text);
      return r.ok ? 'ACCEPTED' : en(r.error);
    };
    expect(error('CIRCLE (1 2)')).toBe('the WKT cannot be read: "CIRCLE" is not a WKT geometry type');
    expect(error('POINT (1)')).toContain('only one number');
    expect(error('LINESTRING (1 2, 3 4')).toContain('the text ends early');
    expect(error('SRID=3857;POINT (4187000 6210000)')).toContain('SRID=3857');
  });
});

describe('HTML descriptions as text', () => {
  it('drops tags, scripts and styles, keeps words and link addresses', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p>')).toBe('One\n\nTwo\nThree');
    expect(htmlToText('a <script>alert(1)</script>b<style>x{}</style> c')).toBe('a b c');
    expect(htmlToText('<a href="https://example.org">site</a>')).toBe('site (https://example.org)');
    expect(htmlToText('<a href="javascript:alert(1)">x</a>')).toBe('x');
    expect(htmlToText('Fish &amp; chips &lt;b&gt; &#x41; &#65; &bogus;')).toBe('Fish & chips <b> A A &bogus;');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('<script>never closed')).toBe('');
  });

  it('stays linear on hostile input', () => {
    const t0 = performance.now();
    htmlToText('<script'.repeat(50_000) + '<a href="'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('KMZ paths and text reading', () => {
  it('knows which archive paths climb out', () => {
    expect(['../x.kml', 'a/../../x.kml', '/etc/x.kml', 'C:/x.kml', 'a\\x.kml'].every(isUnsafeZipPath)).toBe(true);
    expect(['doc.kml', 'files/doc.kml', 'a..b.kml'].some(isUnsafeZipPath)).toBe(false);
  });

  it('reports bad UTF-8 in a later slice with its offset and line', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n3,4\n');
    const broken = new Uint8Array([...bytes, 0xff, 0x0a]);
    const failure = await readText(new Blob([broken]), { sliceBytes: 4 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TextReadError);
    expect(en((failure as TextReadError).report)).toMatch(/0xFF at byte offset 12 \(line 4\)/);
  });

  it('the size limit is 250 MB', () => {
    expect(MAX_IMPORT_BYTES).toBe(250 * 1024 * 1024);
  });
});
