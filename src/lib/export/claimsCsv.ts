// Claims as RFC 4180 CSV: a header row, then one row per claim with its source reference in single-value columns.
import type { Claim, Source } from '../model/types';
import {
  ASSESSED_COLUMNS,
  CLAIM_COLUMNS,
  assessedRecord,
  claimRecord,
  exportIndex,
  type AssessedFigures,
  type ExportPlace,
} from './claimRecord';

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and garbles Ukrainian text. */
export const CSV_BOM = '\uFEFF';
/** RFC 4180 ends every record with CRLF. */
export const CSV_EOL = '\r\n';
/** Joins the few list values that belong to one claim (its places, disputes, photo credits) in one cell. */
export const CSV_LIST_SEPARATOR = '; ';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula, so a crafted quote could execute on opening. Such cells get a leading apostrophe, which
 * spreadsheets show as text; the apostrophe is then part of the cell, and the GeoJSON export keeps the
 * exact text for anyone who needs it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a field when it holds a comma, a double quote, CR or LF, doubling the inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: string | readonly (string | number)[] | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : value.join(CSV_LIST_SEPARATOR);
  return csvField(guardFormula(text));
}

/**
 * BOM, header row, then one row per claim in the order given; empty cells mean "not stated". Every
 * claim has exactly one source, so the source columns hold single values. Lists (places, place names,
 * disputes, credits) are joined with "; ". With an assessment's figures, the ASSESSED_COLUMNS follow,
 * their lists joined the same way (a claim without figures leaves them empty).
 */
export function claimsToCsv(
  claims: readonly Claim[],
  sources: readonly Source[],
  places: readonly ExportPlace[],
  assessed?: AssessedFigures,
): string {
  const index = exportIndex(sources, places);
  const rows = [(assessed ? [...CLAIM_COLUMNS, ...ASSESSED_COLUMNS] : CLAIM_COLUMNS).join(',')];
  for (const claim of claims) {
    const record = claimRecord(claim, index);
    const cells = CLAIM_COLUMNS.map((column) => cell(record[column]));
    if (assessed) {
      const figures = assessedRecord(assessed.get(claim.id));
      cells.push(...ASSESSED_COLUMNS.map((column) => cell(figures[column])));
    }
    rows.push(cells.join(','));
  }
  return CSV_BOM + rows.join(CSV_EOL) + CSV_EOL;
}
