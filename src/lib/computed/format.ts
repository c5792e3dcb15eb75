// Plain-text wording of computed figures for the UI, in English or Ukrainian; no turf, no Svelte, no DOM.
import type { ComputedData, ComputedItem, ComputedReference, ComputedUnit } from './types';

export type ComputedLang = 'en' | 'uk';

const WORDS = {
  en: {
    computed: 'computed',
    km: 'km',
    km2: 'km²',
    percent: '%',
    difference: 'difference',
    method: 'Method',
    note: 'Note',
    pp: 'percentage points',
  },
  uk: {
    computed: 'обчислено',
    km: 'км',
    km2: 'км²',
    percent: '%',
    difference: 'різниця',
    method: 'Метод',
    note: 'Примітка',
    pp: 'в. п.',
  },
} as const;

/** Ukrainian groups thousands with a no-break space and uses a decimal comma. */
const SEPARATORS: Record<ComputedLang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  uk: { group: '\u00A0', decimal: ',' },
};

/**
 * Formats a number by hand rather than with Intl, so output is the same in every browser and in
 * node tests, and a minus sign is the real one (U+2212) that screen readers read as "minus".
 */
export function formatNumber(value: number, decimals: number, lang: ComputedLang): string {
  const { group, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '\u2212' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/** Shown precision: whole km and km²; shares to one decimal, two below 1 % so small units do not read as 0. */
function decimalsFor(value: number, unit: ComputedUnit): number {
  if (unit !== 'percent') return 0;
  return Math.abs(value) < 1 ? 2 : 1;
}

/** A value with its unit: "1,184 km", "26,231 km²", "27.8%" (uk: "1 184 км", "27,8 %"). */
export function formatValue(value: number, unit: ComputedUnit, lang: ComputedLang): string {
  const n = formatNumber(value, decimalsFor(value, unit), lang);
  const u = WORDS[lang][unit];
  // English writes "27.8%"; Ukrainian typography puts a space before the sign.
  if (unit === 'percent') return lang === 'en' ? `${n}${u}` : `${n}\u00A0${u}`;
  return `${n}\u00A0${u}`;
}

/** The figure as the UI shows it beside a claim: "1,184 km (computed)" / "1 184 км (обчислено)". */
export function formatComputed(item: ComputedItem, lang: ComputedLang): string {
  return `${formatValue(item.value, item.unit, lang)} (${WORDS[lang].computed})`;
}

/** The item's label in the chosen language. */
export function computedLabel(item: ComputedItem, lang: ComputedLang): string {
  return lang === 'uk' ? item.label_uk : item.label;
}

/** "Label: 1,184 km (computed)". */
export function formatComputedLine(item: ComputedItem, lang: ComputedLang): string {
  return `${computedLabel(item, lang)}: ${formatComputed(item, lang)}`;
}

/**
 * A reference figure and how far the computed one is from it:
 * "the article's 'some 1,300 kilometers': 1,300 km; difference −116 km (−8.9%)".
 * For shares the difference is in percentage points, so it is named as such, not with "%".
 */
export function formatReference(ref: ComputedReference, lang: ComputedLang): string {
  const w = WORDS[lang];
  const label = lang === 'uk' ? ref.label_uk : ref.label;
  const sign = ref.difference > 0 ? '+' : '';
  const pct = `${ref.difference_pct > 0 ? '+' : ''}${formatNumber(ref.difference_pct, 1, lang)}${lang === 'en' ? '%' : '\u00A0%'}`;
  const diff =
    ref.unit === 'percent'
      ? `${sign}${formatNumber(ref.difference, 2, lang)} ${w.pp}`
      : `${sign}${formatValue(ref.difference, ref.unit, lang)}`;
  return `${label}: ${formatValue(ref.value, ref.unit, lang)}; ${w.difference} ${diff} (${pct})`;
}

/** How the item was computed (English only: method texts, like editor's notes, are not translated). */
export function computedMethod(data: ComputedData, item: ComputedItem): string {
  return data.methods[item.method] ?? '';
}

/** Items that sit beside a claim, in file order. */
export function computedForClaim(data: ComputedData, claimId: string): ComputedItem[] {
  return data.items.filter((i) => i.related_claims.includes(claimId));
}

/** Items about one place (a region id, a site id, or "UA"), in file order. */
export function computedForPlace(data: ComputedData, placeId: string): ComputedItem[] {
  return data.items.filter((i) => i.places.includes(placeId));
}

/** One item by id, or undefined. */
export function computedItem(data: ComputedData, id: string): ComputedItem | undefined {
  return data.items.find((i) => i.id === id);
}
