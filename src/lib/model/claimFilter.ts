// Which claims a reader sees: by place, kind, claimant, source, free text and date range.
import type { Claim, ClaimKind } from './types';
import { overlapsRange, type MonthRange } from './dates';

export interface ClaimFilter {
  kinds: ClaimKind[];
  claimant: string | null;
  source: string | null;
  text: string;
  range: MonthRange;
  /** Claims with no usable date are kept unless the reader hides them. */
  includeUndated: boolean;
}

export const EMPTY_FILTER: ClaimFilter = {
  kinds: [],
  claimant: null,
  source: null,
  text: '',
  range: { from: null, to: null },
  includeUndated: true,
};

export function isRangeActive(range: MonthRange): boolean {
  return range.from !== null || range.to !== null;
}

/** Whether the timeline leaves any claim out: a month range, or undated claims hidden. */
export function narrowsDates(filter: Pick<ClaimFilter, 'range' | 'includeUndated'>): boolean {
  return isRangeActive(filter.range) || !filter.includeUndated;
}

/** Lower-case, accent-free form so a search for "zaporizhzhia" or "peskov" finds what it should. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesFilter(claim: Claim, filter: ClaimFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(claim.kind)) return false;
  if (filter.claimant && claim.claimant !== filter.claimant) return false;
  if (filter.source && claim.source !== filter.source) return false;
  if (narrowsDates(filter)) {
    const inRange = overlapsRange(claim.event_date, filter.range);
    if (inRange === false) return false;
    if (inRange === null && !filter.includeUndated) return false;
  }
  const needle = fold(filter.text.trim());
  if (needle) {
    const hay = fold([claim.summary, claim.quote, claim.claimant, claim.kind, claim.note ?? ''].join(' '));
    if (!needle.split(/\s+/).every((word) => hay.includes(word))) return false;
  }
  return true;
}
