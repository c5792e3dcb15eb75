// One flat, self-contained record per claim (claim fields plus its full source reference), shared by the GeoJSON and CSV exports.
import type { Claim, Source } from '../model/types';
import { WHOLE_COUNTRY } from '../model/types';

/** What an export needs of a place; the app's Place objects fit as they are. */
export interface ExportPlace {
  id: string;
  kind: 'region' | 'site';
  /** [longitude, latitude] of the place's label point. */
  anchor: [number, number];
  nameEn: string;
}

/** English name written for the "UA" place id, which has no feature of its own. */
export const WHOLE_COUNTRY_NAME = 'Ukraine (whole country)';

/** Said in source_byline_note when the article names no author, so an empty byline is not read as lost data. */
export const NO_BYLINE_NOTE = 'The article names no author.';

/**
 * The columns, in order. Words the editor wrote rather than the article are prefixed "editor_"
 * (summary, note) so they cannot be mistaken for quoted text once they leave the viewer.
 */
export const CLAIM_COLUMNS = [
  'claim_id',
  'quote',
  'claimant',
  'kind',
  'status',
  'places',
  'place_names',
  'event_date_value',
  'event_date_precision',
  'event_date_basis',
  'event_date_note',
  'editor_summary',
  'editor_note',
  'disputes',
  'source_id',
  'source_title',
  'source_byline',
  'source_byline_note',
  'source_credits',
  'source_outlet',
  'source_published',
  'source_retrieved',
  'source_text_file',
  'source_text_sha256',
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** One claim, flat: null means "not stated"; lists hold one claim's places, disputes or credits. */
export interface ClaimRecord {
  claim_id: string;
  quote: string;
  claimant: string;
  kind: string;
  status: string;
  places: string[];
  place_names: string[];
  event_date_value: string | null;
  event_date_precision: string;
  event_date_basis: string;
  event_date_note: string | null;
  editor_summary: string;
  editor_note: string | null;
  disputes: string[];
  source_id: string;
  source_title: string;
  source_byline: string | null;
  source_byline_note: string | null;
  source_credits: string[];
  source_outlet: string | null;
  source_published: string | null;
  source_retrieved: string | null;
  source_text_file: string;
  source_text_sha256: string;
}

// Fails to compile if the column list and the record's fields drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const columnsMatchRecord: Same<ClaimColumn, keyof ClaimRecord> = true;
void columnsMatchRecord;

/**
 * Columns added after CLAIM_COLUMNS while an assessment is in use (and only then, so an export without
 * one is unchanged). Each is a list with one value per figure the claim's card shows: one per
 * assessment series and measured place, in the same order in every column. The "assessed_" prefix
 * marks them as what the named source assesses, set beside the claim, not as fact. The date basis is
 * "on-or-before" (the assessment on or nearest before the claim's date), or the series' latest because
 * the claim has no date ("latest-undated") or is earlier than every assessment ("latest-before-series").
 */
export const ASSESSED_COLUMNS = [
  'assessed_places',
  'assessed_by',
  'assessed_on',
  'assessed_date_basis',
  'assessed_share_percent',
  'assessed_km2',
] as const;
export type AssessedColumn = (typeof ASSESSED_COLUMNS)[number];

export type AssessedDateBasis = 'on-or-before' | 'latest-undated' | 'latest-before-series';

/** A claim's assessed figures, flat: empty lists for a claim the assessment is not set beside. */
export interface AssessedRecord {
  assessed_places: string[];
  assessed_by: string[];
  assessed_on: string[];
  assessed_date_basis: AssessedDateBasis[];
  /** Percent of the place inside the assessed area, to 2 decimals. */
  assessed_share_percent: number[];
  /** km² of the place inside the assessed area, to 1 decimal. */
  assessed_km2: number[];
}

const assessedColumnsMatchRecord: Same<AssessedColumn, keyof AssessedRecord> = true;
void assessedColumnsMatchRecord;

/** One figure beside a claim, as its card shows it: which place, whose assessment, of which date and why that date. */
export interface AssessedFigure {
  place: string;
  by: string;
  on: string;
  basis: AssessedDateBasis;
  /** Percent, unrounded. */
  share: number;
  /** km², unrounded. */
  km2: number;
}

/** The figures of every claim that has any, by claim id; given only while an assessment is in use. */
export type AssessedFigures = ReadonlyMap<string, readonly AssessedFigure[]>;

const rounded = (value: number, decimals: number): number => {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
};

/** The assessed fields of one claim (empty lists when it has no figures). */
export function assessedRecord(figures: readonly AssessedFigure[] = []): AssessedRecord {
  return {
    assessed_places: figures.map((f) => f.place),
    assessed_by: figures.map((f) => f.by),
    assessed_on: figures.map((f) => f.on),
    assessed_date_basis: figures.map((f) => f.basis),
    assessed_share_percent: figures.map((f) => rounded(f.share, 2)),
    assessed_km2: figures.map((f) => rounded(f.km2, 1)),
  };
}

export interface ExportIndex {
  sources: Map<string, Source>;
  places: Map<string, ExportPlace>;
}

export function exportIndex(sources: readonly Source[], places: readonly ExportPlace[]): ExportIndex {
  return { sources: new Map(sources.map((s) => [s.id, s])), places: new Map(places.map((p) => [p.id, p])) };
}

/** A place id's English name; an id the viewer does not know is written as itself rather than dropped. */
export function placeName(id: string, index: ExportIndex): string {
  if (id === WHOLE_COUNTRY) return WHOLE_COUNTRY_NAME;
  return index.places.get(id)?.nameEn ?? id;
}

/** The record for one claim; throws naming the claim if its source is missing (the data check prevents that). */
export function claimRecord(claim: Claim, index: ExportIndex): ClaimRecord {
  const source = index.sources.get(claim.source);
  if (!source) throw new Error(`export: claim "${claim.id}" names source "${claim.source}", which is not loaded`);
  return {
    claim_id: claim.id,
    quote: claim.quote,
    claimant: claim.claimant,
    kind: claim.kind,
    status: claim.status,
    places: [...claim.places],
    place_names: claim.places.map((id) => placeName(id, index)),
    event_date_value: claim.event_date.value,
    event_date_precision: claim.event_date.precision,
    event_date_basis: claim.event_date.basis,
    event_date_note: claim.event_date.note ?? null,
    editor_summary: claim.summary,
    editor_note: claim.note ?? null,
    disputes: [...claim.disputes],
    source_id: source.id,
    source_title: source.title,
    source_byline: source.byline,
    source_byline_note: source.byline === null ? NO_BYLINE_NOTE : null,
    source_credits: [...(source.credits ?? [])],
    source_outlet: source.outlet ?? null,
    source_published: source.published ?? null,
    source_retrieved: source.retrieved ?? null,
    source_text_file: `geodata/sources/${source.text}`,
    source_text_sha256: source.sha256,
  };
}
