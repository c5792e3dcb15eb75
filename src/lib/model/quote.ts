// Finds a claim's quote in its source text, folding only curly quotes and whitespace (DESIGN: "verbatim or nothing").

/** Curly quotation marks and the straight mark each folds to. Nothing else is folded. */
const QUOTE_FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
};

const WHITESPACE = /\s/;

interface Folded {
  text: string;
  /** For each character of `text`, the index in the original string it came from. */
  origin: number[];
}

function foldWithOrigin(input: string): Folded {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (WHITESPACE.test(ch)) {
      // A run of whitespace (spaces, newlines, tabs) counts as one space.
      if (!inSpace) {
        text += ' ';
        origin.push(i);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    text += QUOTE_FOLDS[ch] ?? ch;
    origin.push(i);
  }
  return { text, origin };
}

/** The form two strings are compared in: curly quotes made straight, whitespace runs made one space, ends trimmed. */
export function foldForQuote(input: string): string {
  return foldWithOrigin(input).text.trim();
}

/** A quote's position in the original (unfolded) source text. */
export interface QuoteSpan {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Where `quote` occurs in `text` under folding, as offsets into the original `text` (so a reader can
 * highlight it in context); null when it does not occur or is empty.
 */
export function locateQuote(text: string, quote: string): QuoteSpan | null {
  const needle = foldForQuote(quote);
  if (needle.length === 0) return null;
  const hay = foldWithOrigin(text);
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  return { start: hay.origin[at], end: hay.origin[at + needle.length - 1] + 1 };
}

/** True when `quote` occurs in `text` word for word, folding only curly quotes and whitespace. */
export function quoteInText(text: string, quote: string): boolean {
  return locateQuote(text, quote) !== null;
}
