// Sorts names the way an English or Ukrainian reader expects: ICU's collator, made once per language.
import type { Lang } from './strings';

const collators = new Map<Lang, Intl.Collator>();

/**
 * A comparator for names in `lang`: `Intl.Collator` (Ukrainian puts ґ after г, є after е, і and ї
 * after и, and Cyrillic before Latin; English sorts Łódź and Øresund with L and O), with code points
 * breaking its ties, so distinct names never compare equal and the order does not depend on the input's.
 */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  const compare = collator.compare;
  return (a, b) => compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
