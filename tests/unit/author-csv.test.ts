// The claims CSV: export then import gives byte-identical files; a wrong row changes nothing and is reported as "row N, column: message".
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportClaims, importClaims } from '../../scripts/claims-csv/run.ts';
import { CSV_COLUMNS, claimsToCsv, parseClaimsCsv } from '../../scripts/claims-csv/csv.ts';
import { closestPassage } from '../../src/lib/author/closest.ts';
import type { Claim } from '../../src/lib/model/types.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir = '';
const claimsOf = (d: string) =>
  Object.fromEntries(readdirSync(path.join(d, 'claims')).map((n) => [n, readFileSync(path.join(d, 'claims', n), 'utf8')]));

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sv-csv-'));
  for (const name of ['sources', 'claims', 'sites.geojson', 'regions.geojson'])
    cpSync(path.join(root, 'geodata', name), path.join(dir, name), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The exported CSV with one cell of one row (spreadsheet row number) replaced. */
function edit(csv: string, row: number, column: string, value: string): string {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  parsed[row - 1][parsed[0].indexOf(column)] = value;
  return Papa.unparse(parsed, { newline: '\n' }) + '\n';
}

describe('claims CSV', () => {
  it('has the documented columns', () => {
    expect(CSV_COLUMNS).toEqual([
      'id',
      'source',
      'quote',
      'places',
      'kind',
      'claimant',
      'status',
      'date',
      'date_precision',
      'date_basis',
      'date_note',
      'summary',
      'disputes',
      'note',
      'claimant_uk',
      'summary_uk',
      'note_uk',
      'date_note_uk',
    ]);
    const readme = readFileSync(path.join(root, 'geodata/README.md'), 'utf8');
    for (const c of CSV_COLUMNS) expect(readme).toContain(`\`${c}\``);
  });

  it('export then import gives byte-identical claims files', async () => {
    const before = claimsOf(dir);
    const csv = await exportClaims(dir);
    expect(csv.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const result = await importClaims(dir, csv);
    expect(result.problems).toEqual([]);
    expect(result.written.length).toBeGreaterThan(0);
    expect(claimsOf(dir)).toEqual(before);
    // And exporting again gives the same CSV.
    expect(await exportClaims(dir)).toBe(csv);
  });

  it('round-trips awkward text: quotes, commas, new lines, formula-like cells, Cyrillic', () => {
    const claim = {
      id: 'awkward',
      source: 's',
      quote: '"=HYPERLINK(1)", a quote,\nover two lines — Київ',
      places: ['UA-30', 'kyiv'],
      kind: 'strike',
      claimant: '@someone, "quoted"',
      status: 'asserted',
      event_date: { value: null, precision: 'unknown', basis: 'stated', note: "-no date; '=not a formula" },
      summary: '+summary',
      disputes: [],
      note: "'=already quoted",
    } as unknown as Claim;
    const csv = claimsToCsv([claim]);
    // Cells a spreadsheet would evaluate start with an apostrophe in the file.
    expect(csv).toContain("'@someone");
    expect(csv).toContain("'+summary");
    const back = parseClaimsCsv(csv, new Map([['s', `Text: ${claim.quote} end`]]));
    expect(back.problems).toEqual([]);
    expect(back.claims[0].claim).toEqual(claim);
  });

  it("carries the editor's Ukrainian translations, reads a sheet without their columns, and wants the English they translate", () => {
    const claim = {
      id: 'translated',
      source: 's',
      quote: 'Kyiv was attacked',
      places: ['UA-30', 'kyiv'],
      kind: 'strike',
      claimant: 'the article',
      claimant_uk: 'стаття',
      status: 'asserted',
      event_date: { value: null, precision: 'unknown', basis: 'stated', note: 'No date.', note_uk: 'Без дати.' },
      summary: 'Kyiv was attacked',
      summary_uk: 'Київ атакували',
      disputes: [],
      note: 'A note.',
      note_uk: 'Примітка.',
    } as unknown as Claim;
    const texts = new Map([['s', 'Kyiv was attacked overnight']]);
    const back = parseClaimsCsv(claimsToCsv([claim]), texts);
    expect(back.problems).toEqual([]);
    expect(back.claims[0].claim).toEqual(claim);

    const rows = Papa.parse<string[]>(claimsToCsv([claim]), { skipEmptyLines: true }).data;
    const keep = rows[0].map((h, i) => (h.endsWith('_uk') ? -1 : i)).filter((i) => i >= 0);
    const old =
      Papa.unparse(
        rows.map((r) => keep.map((i) => r[i])),
        { newline: '\n' },
      ) + '\n';
    const plain = parseClaimsCsv(old, texts);
    expect(plain.problems).toEqual([]);
    expect(plain.claims[0].claim).not.toHaveProperty('summary_uk');
    expect(plain.claims[0].claim.event_date).not.toHaveProperty('note_uk');

    const orphan = parseClaimsCsv(edit(claimsToCsv([claim]), 2, 'note', ''), texts);
    expect(orphan.problems.map((p) => `${p.column}: ${p.message}`)).toEqual(['note_uk: a translation with no note to translate']);
  });

  it('checks every row first and changes nothing when one is wrong', async () => {
    const before = claimsOf(dir);
    let csv = await exportClaims(dir);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const row = rows.findIndex((r) => r[0] === 'crimea-annexed-2014') + 1;
    csv = edit(csv, row, 'quote', 'Crimea was annexed in 2014.');
    csv = edit(csv, 2, 'kind', 'rumour');
    csv = edit(csv, 3, 'date', '2025-13');
    const result = await importClaims(dir, csv);
    expect(result.written).toEqual([]);
    expect(result.problems).toContain(
      `row ${row}, quote: not found verbatim in tensions-escalate; closest passage: "Crimea had been annexed in 2014"`,
    );
    expect(result.problems.some((p) => p.startsWith('row 2, kind: "rumour" is not one of'))).toBe(true);
    expect(result.problems.some((p) => p.startsWith('row 3, date:'))).toBe(true);
    expect(claimsOf(dir)).toEqual(before);
  });

  it('reports problems across rows (unknown place, one-sided dispute) by row and column, and writes nothing', async () => {
    const before = claimsOf(dir);
    let csv = await exportClaims(dir);
    csv = edit(csv, 2, 'places', 'UA; UA-99');
    csv = edit(csv, 4, 'disputes', 'crimea-annexed-2014');
    const result = await importClaims(dir, csv);
    expect(result.written).toEqual([]);
    expect(result.problems).toContain('row 2, places: unknown place "UA-99"');
    expect(result.problems.some((p) => p.startsWith('row 4, disputes: disputes "crimea-annexed-2014"'))).toBe(true);
    expect(claimsOf(dir)).toEqual(before);
  });

  it('refuses a file without the columns', async () => {
    const result = await importClaims(dir, 'id,quote\nx,y\n');
    expect(result.problems[0]).toMatch(/^row 1, source: column missing/);
  });
});

describe('closest passage', () => {
  it('finds the reworded sentence', () => {
    const text = 'One thing. Luhansk was the first region to be completely brought under Russian control. Another.';
    expect(closestPassage(text, 'Luhansk was the first region brought fully under Russian control')).toMatch(
      /^Luhansk was the first region to be completely brought under Russian/,
    );
    expect(closestPassage(text, 'zzz qqq')).toBeNull();
  });
});
