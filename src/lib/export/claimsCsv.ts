// Claims as RFC 4180 CSV: a header row, then one row per claim with its source reference in single-value columns.
import type { Claim, Source } from '../model/types';
import { CLAIM_COLUMNS, claimRecord, exportIndex, type ExportPlace } from './claimRecord';

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

function cell(value: string | string[] | null): string {
  if (value === null) return '';
  const text = Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value;
  return csvField(guardFormula(text));
}

/**
 * BOM, header row, then one row per claim in the order given; empty cells mean "not stated". Every
 * claim has exactly one source, so the source columns hold single values. Lists (places, place names,
 * disputes, credits) are joined with "; ".
 */
export function claimsToCsv(claims: readonly Claim[], sources: readonly Source[], places: readonly ExportPlace[]): string {
  const index = exportIndex(sources, places);
  const rows = [CLAIM_COLUMNS.join(',')];
  for (const claim of claims) {
    const record = claimRecord(claim, index);
    rows.push(CLAIM_COLUMNS.map((column) => cell(record[column])).join(','));
  }
  return CSV_BOM + rows.join(CSV_EOL) + CSV_EOL;
}
