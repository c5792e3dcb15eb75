// Editorial words (summaries, notes, claimant names) in the interface's language: the editor's translation where there is one.
import type { Lang } from './strings';

export interface EditorialText {
  text: string;
  /** True when the text is the editor's Ukrainian translation, which the interface marks as such. */
  translated: boolean;
}

export function editorialText(lang: Lang, en: string, uk: string | undefined): EditorialText {
  return lang === 'uk' && uk ? { text: uk, translated: true } : { text: en, translated: false };
}
