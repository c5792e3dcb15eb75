// Cuts an article into text and marked quotes, every claim's quote marked, overlapping ones nested or split.
import { locateQuote } from './quote';
import type { Claim } from './types';

/** A stretch of the article: plain text, or a claim's quote (or a piece of it) holding further stretches. */
export type TextPiece = { kind: 'text'; text: string } | MarkPiece;

export interface MarkPiece {
  kind: 'mark';
  claimId: string;
  current: boolean;
  /** True for the piece that ends the claim's quote: its "show on map" buttons follow it. */
  last: boolean;
  /** True when the quote was cut into pieces because it crosses another quote. */
  split: boolean;
  pieces: TextPiece[];
}

interface Span {
  claimId: string;
  start: number;
  end: number;
  /** Order of precedence: lower is placed first, so it is the one kept whole. */
  rank: number;
  last: boolean;
  split: boolean;
}

/**
 * Every claim's quote as marks in `text`. Quotes that contain one another nest; a quote that crosses
 * an earlier-placed one is cut where the other begins or ends, so every piece nests. The quote being
 * read (`currentId`) is placed first and is never cut, then the longer quotes. Concatenating the text
 * of the pieces gives back `text` exactly.
 */
export function markQuotes(text: string, claims: readonly Claim[], currentId: string | null): TextPiece[] {
  const found = claims
    .map((claim) => ({ claim, span: locateQuote(text, claim.quote) }))
    .filter((s): s is { claim: Claim; span: { start: number; end: number } } => s.span !== null)
    .sort(
      (a, b) =>
        Number(b.claim.id === currentId) - Number(a.claim.id === currentId) ||
        b.span.end - b.span.start - (a.span.end - a.span.start) ||
        a.span.start - b.span.start,
    );
  const placed: Span[] = [];
  found.forEach(({ claim, span }, rank) => {
    // Cut at the edges of every placed span this one crosses (overlaps without either holding the other).
    const cuts = new Set<number>();
    for (const p of placed) {
      if (p.start < span.start && span.start < p.end && p.end < span.end) cuts.add(p.end);
      if (span.start < p.start && p.start < span.end && span.end < p.end) cuts.add(p.start);
    }
    const edges = [span.start, ...[...cuts].sort((a, b) => a - b), span.end];
    for (let i = 0; i + 1 < edges.length; i++) {
      placed.push({
        claimId: claim.id,
        start: edges[i],
        end: edges[i + 1],
        rank,
        last: i + 2 === edges.length,
        split: edges.length > 2,
      });
    }
  });
  // Outer before inner: by start, then the longer, then the one placed first.
  placed.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const root: TextPiece[] = [];
  const stack: { span: Span; mark: MarkPiece; at: number }[] = [];
  let at = 0;
  const pushText = (into: TextPiece[], from: number, to: number) => {
    if (to > from) into.push({ kind: 'text', text: text.slice(from, to) });
  };
  const closeTop = () => {
    const top = stack.pop()!;
    pushText(top.mark.pieces, at, top.span.end);
    at = top.span.end;
  };
  for (const span of placed) {
    while (stack.length && stack[stack.length - 1].span.end <= span.start) closeTop();
    const into = stack.length ? stack[stack.length - 1].mark.pieces : root;
    pushText(into, at, span.start);
    at = span.start;
    const mark: MarkPiece = {
      kind: 'mark',
      claimId: span.claimId,
      current: span.claimId === currentId,
      last: span.last,
      split: span.split,
      pieces: [],
    };
    into.push(mark);
    stack.push({ span, mark, at: span.start });
  }
  while (stack.length) closeTop();
  pushText(root, at, text.length);
  return root;
}

/** The plain text of pieces, marks included: for tests and checks. */
export function piecesText(pieces: readonly TextPiece[]): string {
  return pieces.map((p) => (p.kind === 'text' ? p.text : piecesText(p.pieces))).join('');
}

/** Every mark among the pieces, outer before inner, in reading order. */
export function allMarks(pieces: readonly TextPiece[]): MarkPiece[] {
  return pieces.flatMap((p) => (p.kind === 'mark' ? [p, ...allMarks(p.pieces)] : []));
}
