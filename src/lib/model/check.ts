// The schema of sources and claims as a pure check: used by `npm run validate` and by the app (no Node APIs here).
import { CLAIM_KINDS, CLAIM_STATUSES, DATE_BASES, DATE_PRECISIONS, WHOLE_COUNTRY, type Claim, type Source } from './types.ts';
import { foldForQuote, quoteInText } from './quote.ts';

/** One problem found in the data: where (file, claim or source id) and what. */
export interface CheckError {
  file: string;
  /** Id of the claim or source at fault; null for file-level problems or a record without a usable id. */
  claimId: string | null;
  message: string;
}

/** One line per error, e.g. `geodata/claims/x.json: claim "foo": unknown place "UA-99"`. */
export function formatCheckError(error: CheckError): string {
  return error.claimId === null ? `${error.file}: ${error.message}` : `${error.file}: claim "${error.claimId}": ${error.message}`;
}

/** The places a claim may name. `sites` maps a site id to the region it lies in (null when unknown). */
export interface PlaceIndex {
  regions: ReadonlySet<string>;
  sites: ReadonlyMap<string, string | null>;
}

/** True for the whole-country id, a known region id or a known site id. */
export function isKnownPlace(id: string, places: PlaceIndex): boolean {
  return id === WHOLE_COUNTRY || places.regions.has(id) || places.sites.has(id);
}

/** Ids of claims and sources: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const YEAR_PATTERN = /^\d{4}$/;
/** Publication/retrieval dates: a calendar date, optionally with a time. */
const SOURCE_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Every field a claim may have: the data check, the JSON Schema and the CSV columns agree on these. */
export const CLAIM_FIELDS = [
  'id',
  'source',
  'quote',
  'places',
  'kind',
  'claimant',
  'status',
  'event_date',
  'summary',
  'disputes',
  'note',
  'summary_uk',
  'note_uk',
  'claimant_uk',
] as const;
/** The optional fields: the note and the editor's Ukrainian translations. */
const OPTIONAL_CLAIM_FIELDS: readonly string[] = ['note', 'summary_uk', 'note_uk', 'claimant_uk'];
const REQUIRED_CLAIM_FIELDS = CLAIM_FIELDS.filter((f) => !OPTIONAL_CLAIM_FIELDS.includes(f));
export const EVENT_DATE_FIELDS: readonly string[] = ['value', 'precision', 'basis', 'note', 'note_uk'];
const SOURCE_FIELDS = [
  'id',
  'title',
  'byline',
  'outlet',
  'credits',
  'published',
  'retrieved',
  'url',
  'text',
  'sha256',
  'seed',
  'note',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function oneOf(list: readonly string[]): string {
  return list.join(', ');
}

function excerpt(text: string, max = 60): string {
  const folded = foldForQuote(text);
  return folded.length > max ? `${folded.slice(0, max)}...` : folded;
}

function validMonth(m: string): boolean {
  const n = Number(m);
  return n >= 1 && n <= 12;
}

function validDay(y: string, m: string, d: string): boolean {
  const day = Number(d);
  if (!validMonth(m) || day < 1) return false;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return day <= last;
}

/** Problems with an `event_date` object, as messages (empty when it is sound). */
export function checkEventDate(value: unknown): string[] {
  if (!isRecord(value)) return ['"event_date" must be an object {value, precision, basis, note?}'];
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!EVENT_DATE_FIELDS.includes(key)) problems.push(`event_date has unknown field "${key}"`);
  }
  const { precision, basis, note } = value;
  const dateValue = value.value;
  if (!('value' in value)) problems.push('event_date missing "value" (use null when unknown)');
  if (typeof precision !== 'string' || !(DATE_PRECISIONS as readonly string[]).includes(precision)) {
    problems.push(`event_date precision ${JSON.stringify(precision)} is not one of ${oneOf(DATE_PRECISIONS)}`);
  }
  if (typeof basis !== 'string' || !(DATE_BASES as readonly string[]).includes(basis)) {
    problems.push(`event_date basis ${JSON.stringify(basis)} is not one of ${oneOf(DATE_BASES)}`);
  }
  if (note !== undefined && !isNonEmptyString(note)) problems.push('event_date note must be a non-empty string');
  if (value.note_uk !== undefined) {
    if (!isNonEmptyString(value.note_uk)) problems.push('event_date note_uk must be a non-empty string');
    else if (note === undefined) problems.push('event_date has "note_uk" but no "note" it translates');
  }
  if (basis === 'inferred' && !isNonEmptyString(note)) {
    problems.push('event_date basis is "inferred" but there is no "note" saying what it was inferred from');
  }
  if (dateValue !== null && dateValue !== undefined && typeof dateValue !== 'string') {
    problems.push('event_date value must be an ISO date string or null');
    return problems;
  }
  const v = dateValue ?? null;
  switch (precision) {
    case 'unknown':
      if (v !== null) problems.push(`event_date precision is "unknown" but value is "${v}" (use null)`);
      break;
    case 'year':
      if (v === null || !YEAR_PATTERN.test(v)) {
        problems.push(`event_date value ${JSON.stringify(v)} does not match precision "year" (YYYY)`);
      }
      break;
    case 'month': {
      const m = v === null ? null : MONTH_PATTERN.exec(v);
      if (!m || !validMonth(m[2])) {
        problems.push(`event_date value ${JSON.stringify(v)} does not match precision "month" (YYYY-MM)`);
      }
      break;
    }
    case 'day': {
      const m = v === null ? null : DAY_PATTERN.exec(v);
      if (!m || !validDay(m[1], m[2], m[3])) {
        problems.push(`event_date value ${JSON.stringify(v)} does not match precision "day" (YYYY-MM-DD)`);
      }
      break;
    }
  }
  return problems;
}

/**
 * Problems with one claim record on its own (fields, types, closed lists, dates), without looking at
 * sources, places or other claims. Empty when the record has the shape of a Claim.
 */
export function checkClaimShape(value: unknown): string[] {
  if (!isRecord(value)) return ['is not an object'];
  const problems: string[] = [];
  for (const field of REQUIRED_CLAIM_FIELDS) {
    if (!(field in value) || value[field] === undefined || value[field] === null) {
      problems.push(`missing "${field}"`);
    }
  }
  for (const key of Object.keys(value)) {
    if (!(CLAIM_FIELDS as readonly string[]).includes(key)) problems.push(`unknown field "${key}"`);
  }
  const c = value;
  if (c.id != null) {
    if (typeof c.id !== 'string') problems.push('"id" must be a string');
    else if (!ID_PATTERN.test(c.id)) problems.push(`id "${c.id}" is not kebab-case (a-z, 0-9, single hyphens)`);
  }
  for (const field of ['source', 'quote', 'claimant', 'summary'] as const) {
    if (c[field] != null && !isNonEmptyString(c[field])) problems.push(`"${field}" must be a non-empty string`);
  }
  if (c.note !== undefined && !isNonEmptyString(c.note)) problems.push('"note" must be a non-empty string');
  for (const [uk, en] of [
    ['summary_uk', 'summary'],
    ['note_uk', 'note'],
    ['claimant_uk', 'claimant'],
  ] as const) {
    if (c[uk] === undefined) continue;
    if (!isNonEmptyString(c[uk])) problems.push(`"${uk}" must be a non-empty string`);
    else if (c[en] === undefined) problems.push(`"${uk}" is given but there is no "${en}" it translates`);
  }
  if (c.kind != null && !(CLAIM_KINDS as readonly unknown[]).includes(c.kind)) {
    problems.push(`kind ${JSON.stringify(c.kind)} is not one of ${oneOf(CLAIM_KINDS)}`);
  }
  if (c.status != null && !(CLAIM_STATUSES as readonly unknown[]).includes(c.status)) {
    problems.push(`status ${JSON.stringify(c.status)} is not one of ${oneOf(CLAIM_STATUSES)}`);
  }
  if (c.places != null) {
    if (!Array.isArray(c.places) || c.places.length === 0 || !c.places.every((p) => isNonEmptyString(p))) {
      problems.push('"places" must be a non-empty list of place ids');
    } else {
      const seen = new Set<string>();
      for (const p of c.places as string[]) {
        if (seen.has(p)) problems.push(`place "${p}" is listed twice`);
        seen.add(p);
      }
    }
  }
  if (c.disputes != null) {
    if (!Array.isArray(c.disputes) || !c.disputes.every((d) => isNonEmptyString(d))) {
      problems.push('"disputes" must be a list of claim ids (empty when none)');
    } else if (c.status === 'disputed' && c.disputes.length === 0) {
      problems.push('status is "disputed" but "disputes" names no claim');
    }
  }
  if (c.event_date != null) problems.push(...checkEventDate(c.event_date));
  return problems;
}

/** One claims file as read: its display path and parsed JSON. */
export interface ClaimFileInput {
  file: string;
  data: unknown;
  /**
   * The source every claim in this file must cite (claims/<source-id>.json); the file's base name.
   * Omit to skip that check.
   */
  sourceId?: string;
}

export interface ClaimCheckContext {
  /** Source id to its verbatim text. */
  sources: ReadonlyMap<string, string>;
  places: PlaceIndex;
}

export interface ClaimCheckResult {
  /** Claims that passed every check on their own record (cross-claim errors may still be listed). */
  claims: Claim[];
  errors: CheckError[];
}

/**
 * Checks claims files against the schema, their sources' texts, the known places and each other:
 * shape and closed lists, quote found in the source, places known (a site's region named with it),
 * ids unique across all files, every `disputes` id known, not self-referential and answered back.
 */
export function checkClaims(files: readonly ClaimFileInput[], ctx: ClaimCheckContext): ClaimCheckResult {
  const errors: CheckError[] = [];
  const claims: Claim[] = [];
  const firstFileOfId = new Map<string, string>();
  const entries: { file: string; id: string; disputes: string[] }[] = [];

  for (const { file, data, sourceId } of files) {
    if (!Array.isArray(data)) {
      errors.push({ file, claimId: null, message: 'must be a JSON array of claims' });
      continue;
    }
    data.forEach((record: unknown, index: number) => {
      const rawId = isRecord(record) ? record.id : undefined;
      const claimId = typeof rawId === 'string' && rawId.length > 0 ? rawId : null;
      const fail = (message: string) =>
        errors.push({ file, claimId, message: claimId === null ? `claim at index ${index}: ${message}` : message });
      const before = errors.length;

      for (const problem of checkClaimShape(record)) fail(problem);
      if (!isRecord(record)) return;

      if (claimId !== null) {
        const earlier = firstFileOfId.get(claimId);
        if (earlier !== undefined) fail(`duplicate id "${claimId}" (also in ${earlier})`);
        else firstFileOfId.set(claimId, file);
      }

      const source = record.source;
      if (isNonEmptyString(source)) {
        const text = ctx.sources.get(source);
        if (text === undefined) {
          fail(`unknown source "${source}"`);
        } else {
          if (sourceId !== undefined && source !== sourceId) {
            fail(`cites source "${source}" but sits in the claims file of source "${sourceId}"`);
          }
          if (isNonEmptyString(record.quote) && !quoteInText(text, record.quote)) {
            fail(`quote not found in source "${source}" (first 60 chars: "${excerpt(record.quote)}")`);
          }
        }
      }

      if (Array.isArray(record.places)) {
        const named = new Set(record.places.filter((p): p is string => typeof p === 'string'));
        for (const place of named) {
          if (!isKnownPlace(place, ctx.places)) {
            fail(`unknown place "${place}"`);
            continue;
          }
          const region = ctx.places.sites.get(place);
          if (region && !named.has(region)) fail(`names site "${place}" but not the region it lies in, "${region}"`);
        }
      }

      if (claimId !== null && Array.isArray(record.disputes)) {
        entries.push({
          file,
          id: claimId,
          disputes: record.disputes.filter((d): d is string => typeof d === 'string'),
        });
      }
      if (errors.length === before) claims.push(record as unknown as Claim);
    });
  }

  // Disputes are checked once every id is known, so they may point across files.
  const disputesOf = new Map<string, Set<string>>();
  for (const e of entries) if (!disputesOf.has(e.id)) disputesOf.set(e.id, new Set(e.disputes));
  for (const { file, id, disputes } of entries) {
    for (const other of disputes) {
      if (other === id) {
        errors.push({ file, claimId: id, message: 'disputes itself' });
      } else if (!firstFileOfId.has(other)) {
        errors.push({ file, claimId: id, message: `disputes unknown claim "${other}"` });
      } else if (disputesOf.has(other) && !disputesOf.get(other)!.has(id)) {
        errors.push({
          file,
          claimId: id,
          message: `disputes "${other}" but "${other}" (${firstFileOfId.get(other)}) does not list "${id}" in its disputes`,
        });
      }
    }
  }
  return { claims, errors };
}

/** The stored text of one source, as the caller read it, with the sha256 the caller computed over its bytes. */
export interface SourceText {
  text: string;
  sha256: string;
}

export interface SourceCheckResult {
  sources: Source[];
  /** Source id to verbatim text, for every source whose text was found. */
  texts: Map<string, string>;
  errors: CheckError[];
}

/**
 * Checks sources.json: fields, unique ids, and each text file present with the recorded sha256.
 * `texts` maps a file name (the `text` field) to its content; a missing entry means the file is missing.
 */
export function checkSources(file: string, data: unknown, texts: ReadonlyMap<string, SourceText>): SourceCheckResult {
  const errors: CheckError[] = [];
  const sources: Source[] = [];
  const byId = new Map<string, string>();
  if (!Array.isArray(data)) {
    return { sources, texts: byId, errors: [{ file, claimId: null, message: 'must be a JSON array of sources' }] };
  }
  const seen = new Set<string>();
  data.forEach((record: unknown, index: number) => {
    const id = isRecord(record) && isNonEmptyString(record.id) ? record.id : null;
    const where = id === null ? `source at index ${index}` : `source "${id}"`;
    const fail = (message: string) => errors.push({ file, claimId: null, message: `${where}: ${message}` });
    const before = errors.length;
    if (!isRecord(record)) {
      fail('is not an object');
      return;
    }
    for (const key of Object.keys(record)) if (!SOURCE_FIELDS.includes(key)) fail(`unknown field "${key}"`);
    for (const field of ['id', 'title', 'text', 'sha256'] as const) {
      if (!isNonEmptyString(record[field])) fail(`missing "${field}"`);
    }
    if (id !== null) {
      if (!ID_PATTERN.test(id)) fail(`id "${id}" is not kebab-case (a-z, 0-9, single hyphens)`);
      if (seen.has(id)) fail(`duplicate id "${id}"`);
      seen.add(id);
    }
    if (!('byline' in record)) fail('missing "byline" (use null when the article names no author)');
    else if (record.byline !== null && !isNonEmptyString(record.byline)) fail('"byline" must be a string or null');
    for (const field of ['outlet', 'seed', 'note'] as const) {
      const v = record[field];
      if (v !== undefined && v !== null && !isNonEmptyString(v)) fail(`"${field}" must be a non-empty string or null`);
    }
    for (const field of ['published', 'retrieved'] as const) {
      const v = record[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string' || !SOURCE_DATE_PATTERN.test(v)) fail(`"${field}" must be an ISO date or null`);
    }
    if (
      record.url !== undefined &&
      record.url !== null &&
      (typeof record.url !== 'string' || !/^https?:\/\/\S+$/.test(record.url))
    ) {
      fail('"url" must be an http(s) address or null');
    }
    if (record.credits !== undefined && (!Array.isArray(record.credits) || !record.credits.every(isNonEmptyString))) {
      fail('"credits" must be a list of strings');
    }
    if (isNonEmptyString(record.sha256) && !SHA256_PATTERN.test(record.sha256)) {
      fail('"sha256" must be 64 lower-case hex digits');
    }
    if (isNonEmptyString(record.text)) {
      const stored = texts.get(record.text);
      if (stored === undefined) {
        fail(`text file "${record.text}" not found`);
      } else {
        if (isNonEmptyString(record.sha256) && stored.sha256 !== record.sha256) {
          fail(`sha256 mismatch for "${record.text}": recorded ${record.sha256}, file has ${stored.sha256}`);
        }
        if (id !== null) byId.set(id, stored.text);
      }
    }
    if (errors.length === before) sources.push(record as unknown as Source);
  });
  return { sources, texts: byId, errors };
}

/** Claims grouped by every place they name (a claim about a city appears under the city and its region). */
export function claimsByPlace(claims: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const place of claim.places) {
      const list = out.get(place);
      if (list) list.push(claim);
      else out.set(place, [claim]);
    }
  }
  return out;
}
