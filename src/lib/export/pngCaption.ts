// The lines under an exported map image: which articles it draws on, which dates it shows, when it was made.
import type { MonthRange } from '../model/dates';

/** The interface strings the caption uses, each filled with its {placeholders} by the translator. */
export type CaptionKey =
  | 'pngSources'
  | 'pngMore'
  | 'pngDates'
  | 'pngAllDates'
  | 'pngFrom'
  | 'pngTo'
  | 'pngUndatedIn'
  | 'pngUndatedOut'
  | 'pngExported'
  | 'pngAssessed'
  | 'pngAssessedNote';
export type CaptionText = (key: CaptionKey, vars?: Record<string, string | number>) => string;

export interface CaptionInput {
  /** Titles (and outlets) of the articles the map's claims come from. */
  sources: readonly string[];
  range: MonthRange;
  includeUndated: boolean;
  /** Formats a "YYYY-MM" month for the reader's language. */
  month: (value: string) => string;
  exportedAt: Date;
  lang: 'en' | 'uk';
  /** The assessment drawn on the map, if any: who made it, the date drawn, its licence or source notes. */
  assessment?: { by: string; date: string; notes: readonly string[] } | null;
}

/** At most this many titles are named; the rest are counted. */
export const MAX_SOURCES_NAMED = 12;

/**
 * The caption's lines: the sources, the date range with what happens to undated claims, the
 * assessment drawn (named as its source's, with its date and notes) if there is one, and the export
 * date. An image cut from its page still says what it shows and when it was made.
 */
export function pngCaption(input: CaptionInput, t: CaptionText): string[] {
  const named = input.sources.slice(0, MAX_SOURCES_NAMED).join('; ');
  const rest = input.sources.length - MAX_SOURCES_NAMED;
  const list = rest > 0 ? `${named}; ${t('pngMore', { n: rest })}` : named;
  const { from, to } = input.range;
  let range: string;
  if (from && to) range = `${input.month(from)} – ${input.month(to)}`;
  else if (from) range = t('pngFrom', { month: input.month(from) });
  else if (to) range = t('pngTo', { month: input.month(to) });
  else range = t('pngAllDates');
  const undated = t(input.includeUndated ? 'pngUndatedIn' : 'pngUndatedOut');
  const day = new Intl.DateTimeFormat(input.lang === 'uk' ? 'uk-UA' : 'en-GB', { dateStyle: 'long' }).format(input.exportedAt);
  const lines = [t('pngSources', { list: list || '—' }), `${t('pngDates', { range })} (${undated})`];
  const assessment = input.assessment;
  if (assessment) {
    lines.push(t('pngAssessed', { by: assessment.by, date: assessment.date }));
    if (assessment.notes.length > 0) lines.push(t('pngAssessedNote', { by: assessment.by, note: assessment.notes.join('; ') }));
  }
  lines.push(t('pngExported', { date: day }));
  return lines;
}
