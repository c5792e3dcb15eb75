// The shape of the data the viewer fetches at run time (dist/data/): one definition for the data build and the app.
import type { Claim, EventDate, Source } from './types.ts';
import { dateSpan } from './dates.ts';
import { groupDisputes, type ClaimGroup } from './disputeGroups.ts';

/** Bumped when the shape of the files below changes; the app refuses files of another format. */
export const DATA_FORMAT = 1;

/** The folder under the site's root that holds the data files. */
export const DATA_FOLDER = 'data';
/** The one file name without a content hash: it is revalidated on every visit and names the others. */
export const DATA_INDEX_FILE = 'index.json';

/**
 * Claims fall into date buckets: "YYYY-MM" for claims dated to the day or month (the timeline moves
 * a month at a time, so a day overlaps a range exactly when its month does), "YYYY" for a year, and
 * "" for no usable date.
 */
export function dateBucket(date: EventDate): string {
  const span = dateSpan(date);
  if (!span || !date.value) return '';
  return date.precision === 'year' ? date.value.slice(0, 4) : date.value.slice(0, 7);
}

/** The event date a bucket stands for, so the timeline's range rule applies to buckets unchanged. */
export function bucketDate(bucket: string): EventDate {
  if (bucket === '') return { value: null, precision: 'unknown', basis: 'stated' };
  return { value: bucket, precision: bucket.length === 4 ? 'year' : 'month', basis: 'stated' };
}

export interface IndexPlace {
  /** Claims naming the place, over all dates. */
  count: number;
  /** Date bucket → the status flags of the place's claims in it, OR-ed (see `claimStatusFlags`). */
  buckets: Record<string, number>;
  /** The place's shard: all its claims, in card order. */
  shard: string;
  /**
   * For a place with more claims than a card shows at once: its first `HEAD_GROUPS` groups in a
   * small file of their own, so the card can open with them before the whole shard has arrived.
   */
  head?: string;
}

/** Claim groups (a claim, or claims disputing each other) a place card shows before "Show more". */
export const HEAD_GROUPS = 10;

/** The small file fetched at start: enough to colour the map, fill the timeline and name the other files. */
export interface DataIndex {
  format: typeof DATA_FORMAT;
  /** A hash of every data file: shards carry it too, so old and new data are never mixed. */
  version: string;
  claimCount: number;
  sourceCount: number;
  places: Record<string, IndexPlace>;
  /** Claims per date bucket over the whole corpus (for the timeline); "" counts the undated. */
  buckets: Record<string, number>;
  /** Claims whose date the editor inferred. */
  inferred: number;
  /** Kinds, claimants and sources for the claims panel's filters. */
  facets: string;
  /** The whole corpus in card order, in chunks, for the claims panel with no place selected. */
  chunks: string[];
  /** The search index (MiniSearch, serialised), fetched on the first search. */
  search: string;
}

/** A source as a shard carries it: its record in sources.json and the data file holding its text and claims. */
export type SourceMeta = Source & { file: string };

/** A shard of claims: a place's, or one chunk of the whole corpus. */
export interface ClaimShard {
  format: typeof DATA_FORMAT;
  version: string;
  claims: Claim[];
  /** The sources the claims cite. */
  sources: Record<string, SourceMeta>;
  /** Claims of other places that the claims dispute (or are disputed by), so disputes show side by side. */
  related: Claim[];
}

/** An article: its text and every claim quoting it, for the source reader. */
export interface SourceShard {
  format: typeof DATA_FORMAT;
  version: string;
  source: Source;
  text: string;
  claims: Claim[];
}

export interface Facets {
  format: typeof DATA_FORMAT;
  version: string;
  kinds: string[];
  claimants: string[];
  /** A claimant's name in the editor's Ukrainian translation, where the claims give one. */
  claimantsUk: Record<string, string>;
  sources: { id: string; title: string }[];
}

/** The fields the search index covers. */
export const SEARCH_FIELDS = ['quote', 'summary', 'claimant', 'places', 'source'] as const;

/** Lower-case and accent-free, so "zaporizhzhia" finds "Zaporizhzhia" and "peskov" finds "Peskov". */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The one set of options the index is built and loaded with (MiniSearch needs the same on both sides). */
export const SEARCH_OPTIONS = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [] as string[],
  processTerm: foldTerm,
  searchOptions: { prefix: true, combineWith: 'AND' as const },
};

/** The search file: MiniSearch's serialised index, with the data version like every other file. */
export interface SearchFile {
  format: typeof DATA_FORMAT;
  version: string;
  index: unknown;
}

const KIND_RANK: Partial<Record<Claim['kind'], number>> = { control: 0, advance: 0 };

/** Newest first; undated last. Compares by the latest day a date can mean. */
function newestFirst(a: Claim, b: Claim): number {
  const ea = dateSpan(a.event_date)?.end ?? '';
  const eb = dateSpan(b.event_date)?.end ?? '';
  return ea === eb ? 0 : ea < eb ? 1 : -1;
}

/**
 * How a place's claims are shown: disputes first, then control and advance claims, then the rest,
 * newest first within each. Groups keep disputing claims side by side.
 */
export function cardGroups(claims: readonly Claim[]): ClaimGroup[] {
  const groups = groupDisputes([...claims].sort(newestFirst));
  const rank = (g: ClaimGroup) => (g.kind === 'dispute' ? -1 : (KIND_RANK[g.claim.kind] ?? 1));
  // Array.prototype.sort is stable: newest-first order survives within each rank.
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map((x) => x.g);
}

/** The claims of groups, in the groups' order. */
export function groupedClaims(groups: readonly ClaimGroup[]): Claim[] {
  return groups.flatMap((g) => (g.kind === 'single' ? [g.claim] : g.claims));
}

/** The same order as a flat list (the order shards and chunks are written in). */
export function cardOrder(claims: readonly Claim[]): Claim[] {
  return groupedClaims(cardGroups(claims));
}
