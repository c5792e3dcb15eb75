// Claims as spreadsheet rows and back: one row per claim, columns documented in geodata/README.md, every problem reported as "row N, column: message".
import Papa from 'papaparse';
import { CLAIM_KINDS, CLAIM_STATUSES, DATE_BASES, DATE_PRECISIONS, type Claim } from '../../src/lib/model/types.ts';
import { CLAIM_FIELDS, EVENT_DATE_FIELDS, ID_PATTERN, checkEventDate } from '../../src/lib/model/check.ts';
import { quoteInText } from '../../src/lib/model/quote.ts';
import { closestPassage } from '../../src/lib/author/closest.ts';
import { canonicalClaim } from '../author/store.ts';

/** The columns, in order. Lists (places, disputes) are ids joined by "; ". */
export const CSV_COLUMNS = [
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
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** The editor's Ukrainian translations: a sheet made before they existed may leave these columns out. */
const OPTIONAL_COLUMNS: readonly CsvColumn[] = ['claimant_uk', 'summary_uk', 'note_uk', 'date_note_uk'];
/** Each translation column and the column it translates. */
const TRANSLATES: readonly (readonly [CsvColumn, CsvColumn])[] = [
  ['claimant_uk', 'claimant'],
  ['summary_uk', 'summary'],
  ['note_uk', 'note'],
  ['date_note_uk', 'date_note'],
];

const LIST_SEPARATOR = '; ';
/** A cell a spreadsheet would run as a formula gets a leading apostrophe; import takes exactly one off again. */
const FORMULA = /^'*[=+\-@\t\r]/;

function cell(value: string | null | undefined): string {
  const v = value ?? '';
  return FORMULA.test(v) ? `'${v}` : v;
}

function uncell(value: string): string {
  return FORMULA.test(value) && value.startsWith("'") ? value.slice(1) : value;
}

/** The CSV of the claims, in the order given (a header row, then one row per claim, "\n" line ends). */
export function claimsToCsv(claims: readonly Claim[]): string {
  const rows = claims.map((c) => {
    const extra = Object.keys(c).filter((k) => !(CLAIM_FIELDS as readonly string[]).includes(k));
    if (extra.length) throw new Error(`claim "${c.id}": field "${extra[0]}" has no column in the CSV`);
    const dateExtra = Object.keys(c.event_date).filter((k) => !EVENT_DATE_FIELDS.includes(k));
    if (dateExtra.length) throw new Error(`claim "${c.id}": event_date field "${dateExtra[0]}" has no column in the CSV`);
    return [
      c.id,
      c.source,
      c.quote,
      c.places.join(LIST_SEPARATOR),
      c.kind,
      c.claimant,
      c.status,
      c.event_date.value ?? '',
      c.event_date.precision,
      c.event_date.basis,
      c.event_date.note ?? '',
      c.summary,
      c.disputes.join(LIST_SEPARATOR),
      c.note ?? '',
      c.claimant_uk ?? '',
      c.summary_uk ?? '',
      c.note_uk ?? '',
      c.event_date.note_uk ?? '',
    ].map(cell);
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n', quotes: false }) + '\n';
}

export interface RowProblem {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  column: CsvColumn | null;
  message: string;
}

export function formatRowProblem(p: RowProblem): string {
  return p.column ? `row ${p.row}, ${p.column}: ${p.message}` : `row ${p.row}: ${p.message}`;
}

export interface ParsedCsv {
  claims: { row: number; claim: Claim }[];
  problems: RowProblem[];
}

const list = (v: string) =>
  v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads the CSV and checks every row on its own and against the source texts: fields, closed lists,
 * dates, quotes found verbatim (else the closest passage). Cross-record checks (places exist, ids
 * unique, disputes both ways) are the data check's, run by the caller before anything is written.
 */
export function parseClaimsCsv(csv: string, texts: ReadonlyMap<string, string>): ParsedCsv {
  const problems: RowProblem[] = [];
  const claims: { row: number; claim: Claim }[] = [];
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  for (const e of parsed.errors) problems.push({ row: (e.row ?? 0) + 1, column: null, message: `CSV: ${e.message}` });
  const [header, ...rows] = parsed.data;
  if (!header) return { claims, problems: [{ row: 1, column: null, message: 'the file is empty' }] };
  const index = new Map<string, number>(header.map((h, i) => [h.trim(), i]));
  for (const col of CSV_COLUMNS)
    if (!index.has(col) && !OPTIONAL_COLUMNS.includes(col))
      problems.push({ row: 1, column: col, message: 'column missing from the header' });
  for (const h of header)
    if (!(CSV_COLUMNS as readonly string[]).includes(h.trim()))
      problems.push({ row: 1, column: null, message: `unknown column "${h}"` });
  if (problems.some((p) => p.row === 1)) return { claims, problems };

  rows.forEach((cells, i) => {
    const row = i + 2;
    const get = (col: CsvColumn) => (index.has(col) ? uncell(cells[index.get(col)!] ?? '') : '');
    const fail = (column: CsvColumn | null, message: string) => problems.push({ row, column, message });
    const before = problems.length;
    if (cells.length !== header.length) fail(null, `has ${cells.length} cells, the header ${header.length}`);

    const id = get('id').trim();
    if (!ID_PATTERN.test(id)) fail('id', id ? `"${id}" is not kebab-case (a-z, 0-9, single hyphens)` : 'required');
    const source = get('source').trim();
    const text = texts.get(source);
    if (!source) fail('source', 'required');
    else if (text === undefined) fail('source', `unknown source "${source}"`);
    const quote = get('quote');
    if (!quote.trim()) fail('quote', 'required');
    else if (text !== undefined && !quoteInText(text, quote)) {
      const near = closestPassage(text, quote);
      fail('quote', `not found verbatim in ${source}${near ? `; closest passage: "${near}"` : ''}`);
    }
    const places = list(get('places'));
    if (places.length === 0) fail('places', 'required: place ids separated by ";"');
    const kind = get('kind').trim();
    if (!(CLAIM_KINDS as readonly string[]).includes(kind)) fail('kind', `"${kind}" is not one of ${CLAIM_KINDS.join(', ')}`);
    const claimant = get('claimant').trim();
    if (!claimant) fail('claimant', 'required');
    const status = get('status').trim();
    if (!(CLAIM_STATUSES as readonly string[]).includes(status))
      fail('status', `"${status}" is not one of ${CLAIM_STATUSES.join(', ')}`);
    const date = get('date').trim();
    let precision = get('date_precision').trim();
    if (!precision) precision = date === '' ? 'unknown' : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
    if (!(DATE_PRECISIONS as readonly string[]).includes(precision))
      fail('date_precision', `"${precision}" is not one of ${DATE_PRECISIONS.join(', ')}`);
    const basis = get('date_basis').trim() || 'stated';
    if (!(DATE_BASES as readonly string[]).includes(basis))
      fail('date_basis', `"${basis}" is not one of ${DATE_BASES.join(', ')}`);
    const dateNote = get('date_note');
    const dateNoteUk = get('date_note_uk');
    const event_date = {
      value: date === '' ? null : date,
      precision,
      basis,
      ...(dateNote.trim() ? { note: dateNote } : {}),
      ...(dateNoteUk.trim() ? { note_uk: dateNoteUk } : {}),
    };
    for (const m of checkEventDate(event_date)) {
      if (m.includes('precision') && !m.includes('does not match')) continue; // reported above
      if (m.includes('basis') && !m.includes('inferred')) continue;
      if (m.includes('note_uk')) continue; // reported below, on date_note_uk
      fail(m.includes('note') ? 'date_note' : 'date', m.replace(/^event_date /, ''));
    }
    const summary = get('summary');
    if (!summary.trim()) fail('summary', 'required');
    const disputes = list(get('disputes'));
    if (status === 'disputed' && disputes.length === 0) fail('disputes', 'status is "disputed" but no claim is named');
    for (const d of disputes) if (!ID_PATTERN.test(d)) fail('disputes', `"${d}" is not a claim id`);
    const note = get('note');
    // A translation needs the English it translates.
    for (const [uk, en] of TRANSLATES) {
      if (get(uk).trim() && !get(en).trim()) fail(uk, `a translation with no ${en} to translate`);
    }
    const uk = (col: CsvColumn, key: string) => (get(col).trim() ? { [key]: get(col) } : {});
    if (problems.length > before) return;
    const claim = {
      id,
      source,
      quote,
      places,
      kind,
      claimant: get('claimant'),
      status,
      event_date,
      summary,
      disputes,
      ...(note ? { note } : {}),
      ...uk('claimant_uk', 'claimant_uk'),
      ...uk('summary_uk', 'summary_uk'),
      ...uk('note_uk', 'note_uk'),
    } as unknown as Claim;
    claims.push({ row, claim: canonicalClaim(claim) });
  });
  return { claims, problems };
}

/** Which column a data-check message is about (for problems found across records). */
export function columnOfMessage(message: string): CsvColumn | null {
  if (/dispute/.test(message)) return 'disputes';
  if (/place|site/.test(message)) return 'places';
  if (/duplicate id/.test(message)) return 'id';
  if (/source/.test(message)) return 'source';
  if (/quote/.test(message)) return 'quote';
  return null;
}
