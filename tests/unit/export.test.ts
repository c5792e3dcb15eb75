// Claims export: GeoJSON of the real claims is valid and complete; CSV parses back row for row, quoted and guarded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import gjv from 'geojson-validation';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { CLAIM_COLUMNS, NO_BYLINE_NOTE, WHOLE_COUNTRY_NAME, type ExportPlace } from '../../src/lib/export/claimRecord.ts';
import { claimsGeoJsonText, claimsToGeoJson } from '../../src/lib/export/claimsGeojson.ts';
import { claimsToCsv, csvField, guardFormula } from '../../src/lib/export/claimsCsv.ts';
import { exportFileName } from '../../src/lib/export/download.ts';
import { wrapText } from '../../src/lib/export/mapPng.ts';
import { buildPlaces, type RegionLabelProperties } from '../../src/lib/model/places.ts';
import type { Claim, SiteProperties, Source } from '../../src/lib/model/types.ts';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as T;
const sources = readJson<Source[]>('geodata/sources/sources.json');
const claims = sources.flatMap((s) => readJson<Claim[]>(`geodata/claims/${s.id}.json`));
const places: ExportPlace[] = buildPlaces(
  readJson<FeatureCollection<Point, RegionLabelProperties>>('geodata/region-labels.geojson'),
  readJson<FeatureCollection<Point, SiteProperties>>('geodata/sites.geojson'),
);
const sourceOf = (c: Claim) => sources.find((s) => s.id === c.source)!;

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last record does not end in CRLF');
  return rows;
}

const tricky: Claim = {
  ...claims[0],
  id: 'tricky',
  quote: 'He said "no, never", then left,\nand "returned"',
  claimant: '=HYPERLINK("http://example.invalid","x")',
  summary: '+1 more; -2 less',
  note: '@SUM(A1)',
  disputes: [],
};

describe('claimsToGeoJson', () => {
  const fc = claimsToGeoJson(claims, sources, places);

  it('is valid GeoJSON with one feature per claim, in order', () => {
    expect(gjv.valid(fc, true)).toEqual([]);
    expect(fc.features).toHaveLength(claims.length);
    expect(fc.features.map((f) => f.properties.claim_id)).toEqual(claims.map((c) => c.id));
    expect(fc.features.map((f) => f.id)).toEqual(claims.map((c) => c.id));
  });

  it('carries each claim\u2019s exact quote, claimant, status, dates and full source reference', () => {
    for (const [i, f] of fc.features.entries()) {
      const c = claims[i];
      const s = sourceOf(c);
      const p = f.properties;
      expect(p.quote).toBe(c.quote);
      expect(p.claimant).toBe(c.claimant);
      expect(p.status).toBe(c.status);
      expect(p.kind).toBe(c.kind);
      expect(p.event_date_value).toBe(c.event_date.value);
      expect(p.event_date_precision).toBe(c.event_date.precision);
      expect(p.event_date_basis).toBe(c.event_date.basis);
      expect(p.editor_summary).toBe(c.summary);
      expect(p.places).toEqual(c.places);
      expect(p.disputes).toEqual(c.disputes);
      expect(p.source_id).toBe(s.id);
      expect(p.source_title).toBe(s.title);
      expect(p.source_text_sha256).toBe(s.sha256);
      expect(p.source_byline).toBe(s.byline);
      expect(p.source_byline_note).toBe(s.byline === null ? NO_BYLINE_NOTE : null);
    }
    const escalation = fc.features.find((f) => f.properties.source_id === 'escalation-in-ukraine')!;
    expect(escalation.properties.source_credits).toEqual(['Photograph: Yehor Konovalov/AP']);
  });

  it('places a claim at its places\u2019 label points, and gives a claim about Ukraine alone no geometry', () => {
    const byId = new Map(fc.features.map((f) => [f.properties.claim_id, f]));
    const kupol = places.find((p) => p.id === 'kupol-izhevsk')!;
    const sumy = byId.get('sumy-troop-buildup')!;
    expect(sumy.geometry).toEqual({ type: 'Point', coordinates: places.find((p) => p.id === 'UA-59')!.anchor });
    const kupolClaim = byId.get('kupol-1300-km-from-ukraine')!;
    expect(kupolClaim.geometry?.type).toBe('MultiPoint');
    expect(kupolClaim.geometry?.coordinates[0]).toEqual(kupol.anchor);
    const whole = byId.get('russia-controls-fifth-of-ukraine')!;
    expect(whole.geometry).toBeNull();
    expect(whole.properties.places).toEqual(['UA']);
    expect(whole.properties.place_names).toEqual([WHOLE_COUNTRY_NAME]);
    expect(whole.properties.geometry_places).toEqual([]);
    // "UA" plus a region: the region's point alone.
    const mixed = fc.features.find((f) => f.properties.places.includes('UA') && f.properties.places.length === 2)!;
    expect(mixed.geometry?.type).toBe('Point');
  });

  it('is deterministic and writes no export time', () => {
    expect(claimsGeoJsonText(claims, sources, places)).toBe(claimsGeoJsonText(claims, sources, places));
    expect(claimsGeoJsonText(claims, sources, places)).not.toMatch(/exported_at/);
  });

  it('exports a filtered subset, and names a missing source instead of writing a half record', () => {
    const luhansk = claims.filter((c) => c.places.includes('UA-09'));
    expect(claimsToGeoJson(luhansk, sources, places).features).toHaveLength(luhansk.length);
    expect(() => claimsToGeoJson([{ ...claims[0], source: 'nope' }], sources, places)).toThrow(/"nope"/);
  });
});

describe('claimsToCsv', () => {
  const csv = claimsToCsv(claims, sources, places);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('parses back to a header and one row per claim, every row as wide as the header', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(claims.length + 1);
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(CLAIM_COLUMNS.length);
    const col = (name: string) => rows[0].indexOf(name);
    for (const [i, c] of claims.entries()) {
      const r = rows[i + 1];
      expect(r[col('claim_id')]).toBe(c.id);
      expect(r[col('quote')]).toBe(c.quote);
      expect(r[col('source_title')]).toBe(sourceOf(c).title);
      expect(r[col('places')]).toBe(c.places.join('; '));
      expect(r[col('event_date_value')]).toBe(c.event_date.value ?? '');
    }
  });

  it('round-trips a quote holding commas, double quotes and a line break', () => {
    const rows = parseCsv(claimsToCsv([tricky], sources, places).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1][rows[0].indexOf('quote')]).toBe(tricky.quote);
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('plain')).toBe('plain');
  });

  it('shields cells that a spreadsheet would run as a formula with a leading apostrophe', () => {
    const rows = parseCsv(claimsToCsv([tricky], sources, places).slice(1));
    const get = (name: string) => rows[1][rows[0].indexOf(name)];
    expect(get('claimant')).toBe(`'${tricky.claimant}`);
    expect(get('editor_summary')).toBe(`'${tricky.summary}`);
    expect(get('editor_note')).toBe(`'${tricky.note}`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(guardFormula(`${start}1`)).toBe(`'${start}1`);
    expect(guardFormula('Russia')).toBe('Russia');
    expect(guardFormula('2025-07')).toBe('2025-07');
  });

  it('keeps Ukrainian text intact', () => {
    const uk: ExportPlace[] = [{ id: 'UA-09', kind: 'region', anchor: [39, 48.7], nameEn: 'Луганська область' }];
    const rows = parseCsv(
      claimsToCsv(
        claims.filter((c) => c.places.includes('UA-09')),
        sources,
        uk,
      ).slice(1),
    );
    expect(rows[1][rows[0].indexOf('place_names')]).toContain('Луганська область');
  });
});

describe('export helpers', () => {
  it('names files for what they hold', () => {
    expect(exportFileName('claims', 'csv', 'all')).toBe('situation-viewer-claims-all.csv');
    expect(exportFileName('claims', 'geojson', 'filtered', '2025-07-04')).toBe(
      'situation-viewer-claims-filtered-2025-07-04.geojson',
    );
    expect(exportFileName('map', 'png')).toBe('situation-viewer-map.png');
  });

  it('wraps PNG text at spaces within the width', () => {
    const measure = (s: string) => s.length;
    expect(wrapText('Colours show what the cited articles claim', 12, measure)).toEqual([
      'Colours show',
      'what the',
      'cited',
      'articles',
      'claim',
    ]);
    expect(wrapText('', 10, measure)).toEqual([]);
    expect(wrapText('averyveryverylongword x', 5, measure)).toEqual(['averyveryverylongword', 'x']);
  });
});
