// Cuts an article into plain and highlighted runs: the claim being read, and every other claim from the same article.
import { locateQuote } from './quote';
import type { Claim } from './types';

export interface TextRun {
  text: string;
  /** The claim whose quote this run is, if any. */
  claimId: string | null;
  current: boolean;
}

export function highlightRuns(text: string, claims: readonly Claim[], currentId: string | null): TextRun[] {
  const spans = claims
    .map((claim) => ({ claim, span: locateQuote(text, claim.quote) }))
    .filter((s): s is { claim: Claim; span: { start: number; end: number } } => s.span !== null)
    // The current claim wins an overlap, then the longer quote: one mark per stretch of text.
    .sort((a, b) => Number(b.claim.id === currentId) - Number(a.claim.id === currentId) || (b.span.end - b.span.start) - (a.span.end - a.span.start));
  const taken: { start: number; end: number; claimId: string }[] = [];
  for (const { claim, span } of spans) {
    if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    taken.push({ ...span, claimId: claim.id });
  }
  taken.sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let at = 0;
  for (const t of taken) {
    if (t.start > at) runs.push({ text: text.slice(at, t.start), claimId: null, current: false });
    runs.push({ text: text.slice(t.start, t.end), claimId: t.claimId, current: t.claimId === currentId });
    at = t.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), claimId: null, current: false });
  return runs;
}
