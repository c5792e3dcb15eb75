// Sorts names the way an English or Ukrainian reader expects, from a small table instead of ICU.
//
// Why not localeCompare or Intl.Collator: the first call in a page loads ICU's collation data
// (14–60 ms in headless Chromium here), and the panels sort while the app mounts, on the way to the
// map's first frame. The table covers the two interface languages and agrees with
// `new Intl.Collator(lang).compare` on every name the app has (tests/unit/collate.test.ts checks it).
import type { Lang } from './strings';

// In ICU's order. Characters in one string share a primary weight, as ICU's typographic quotes and
// the no-break space do with their plain forms (listed first): they only break ties, as accents do.
const PUNCTUATION = [
  ' \u00a0', '_', '-', '\u2010', '–', '—', ',', ';', ':', '!', '?', '.', '\'‘’', '"“”„', '«', '»',
  '(', ')', '[', ']', '{', '}', '@', '*', '/', '\\', '&', '#', '%', '`', '^', '+', '<', '=', '>', '|', '~', '$',
];
const DIGITS = [...'0123456789'];
const LATIN = [...'abcdefghijklmnopqrstuvwxyz'];
// Ґ, є, і, ї and й are letters of their own in Ukrainian. Code-point order puts ґ, є, і and ї after я
// (and so й before і), and ICU's root order, which 'en' uses, files ґ under г and ї under і. English
// gets the Ukrainian alphabet too: its names are Latin, and a Cyrillic one is best read in its own order.
const UKRAINIAN = [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'];

// ICU's secondary order of the accents Latin names carry (acute before grave, not code-point order);
// any other mark follows them, by code point.
const ACCENTS = '\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0327\u0328\u0304';
const accentWeight = (mark: string) => {
  const i = ACCENTS.indexOf(mark);
  return i < 0 ? mark : String.fromCharCode(1 + i);
};

interface Table {
  primary: Map<string, number>;
  /** Characters that are a secondary variant of the first character of their group. */
  variant: Set<string>;
}

function table(groups: string[]): Table {
  const primary = new Map<string, number>();
  const variant = new Set<string>();
  groups.forEach((group, weight) => {
    [...group].forEach((ch, i) => {
      primary.set(ch, weight);
      if (i > 0) variant.add(ch);
    });
  });
  return { primary, variant };
}

// A Ukrainian reader expects Cyrillic names first, an English one Latin names first (ICU's 'uk'
// tailoring reorders the scripts the same way).
const TABLES: Record<Lang, Table> = {
  en: table([...PUNCTUATION, ...DIGITS, ...LATIN, ...UKRAINIAN]),
  uk: table([...PUNCTUATION, ...DIGITS, ...UKRAINIAN, ...LATIN]),
};

interface SortKey {
  primary: number[];
  secondary: string[];
  tertiary: number[];
}

function sortKey(name: string, { primary, variant }: Table): SortKey {
  const key: SortKey = { primary: [], secondary: [], tertiary: [] };
  for (const ch of name.normalize('NFC')) {
    const lower = ch.toLowerCase();
    let weight = primary.get(lower);
    let marks = variant.has(lower) ? lower : '';
    if (weight === undefined) {
      // An accented letter (å, é) sorts with its base letter and after it: ICU does the same.
      const [base, ...rest] = lower.normalize('NFD');
      weight = primary.get(base);
      marks = rest.map(accentWeight).join('');
    }
    // Anything else (other scripts, symbols) goes after the table, in code-point order.
    key.primary.push(weight ?? primary.size + lower.codePointAt(0)!);
    key.secondary.push(weight === undefined ? '' : marks);
    key.tertiary.push(ch === lower ? 0 : 1);
  }
  return key;
}

function compareSeq<T extends number | string>(a: T[], b: T[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  // A name that is a prefix of another sorts first.
  return a.length - b.length;
}

/**
 * A comparator for names in `lang`: character by character through the table (case-insensitive), ties
 * broken by accents, then lowercase before uppercase, then code points, so that distinct names never
 * compare equal and the order does not depend on the input's.
 */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  const t = TABLES[lang];
  return (a, b) => {
    if (a === b) return 0;
    const ka = sortKey(a, t);
    const kb = sortKey(b, t);
    return (
      compareSeq(ka.primary, kb.primary) ||
      compareSeq(ka.secondary, kb.secondary) ||
      compareSeq(ka.tertiary, kb.tertiary) ||
      (a < b ? -1 : 1)
    );
  };
}
