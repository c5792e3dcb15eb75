// The passage of a text closest to a quote that is not in it word for word, to show an author what the text actually says.
import { foldForQuote } from '../model/quote.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** The run of the text's words, as long as the quote, sharing the most words with it (null when nothing is shared). */
export function closestPassage(text: string, quote: string, max = 160): string | null {
  const qWords = (quote.toLowerCase().match(WORD) ?? []) as string[];
  if (qWords.length === 0) return null;
  const words = [...text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  if (words.length === 0) return null;
  const want = new Map<string, number>();
  for (const w of qWords) want.set(w, (want.get(w) ?? 0) + 1);
  let best = 0;
  let bestAt = 0;
  let bestLen = 0;
  // Windows as long as the quote, or a word or two longer (a rewording often adds words).
  for (let n = Math.min(qWords.length, words.length); n <= Math.min(qWords.length + 2, words.length); n++) {
    const have = new Map<string, number>();
    let score = 0;
    const add = (w: string, d: number) => {
      const before = Math.min(have.get(w) ?? 0, want.get(w) ?? 0);
      have.set(w, (have.get(w) ?? 0) + d);
      score += Math.min(have.get(w)!, want.get(w) ?? 0) - before;
    };
    for (let i = 0; i < words.length; i++) {
      add(words[i].w, 1);
      if (i >= n) add(words[i - n].w, -1);
      if (i >= n - 1 && score > best) {
        best = score;
        bestAt = i - n + 1;
        bestLen = n;
      }
    }
  }
  if (best <= 0) return null;
  const passage = foldForQuote(text.slice(words[bestAt].start, words[bestAt + bestLen - 1].end));
  return passage.length > max ? `${passage.slice(0, max)}…` : passage;
}
