// Small expression builders shared by the layer descriptions and the map sync.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

export const byId = (id: string): FilterSpecification => ['==', ['get', 'id'], id];
export const inIds = (ids: string[]): FilterSpecification => ['in', ['get', 'id'], ['literal', ids]];

/** A feature's name in the interface language, falling back to English where no Ukrainian name is stored. */
export function localName(lang: 'en' | 'uk'): ExpressionSpecification {
  return lang === 'uk' ? ['coalesce', ['get', 'name_uk'], ['get', 'name_en']] : ['get', 'name_en'];
}

/**
 * A paint value read from feature state, falling back to a constant. Every fill and every line in
 * the style uses this form, so they share one fill and one line shader program: on software WebGL
 * each extra program costs ~100 ms of start-up, more than all the data.
 */
export function stateColor(key: string, fallback: string): ExpressionSpecification {
  return ['to-color', ['coalesce', ['feature-state', key], fallback]];
}

export function stateNumber(key: string, fallback: number): ExpressionSpecification {
  return ['number', ['feature-state', key], fallback];
}

/** A `match` on feature id returning each id's value, with a fallback for the rest. */
export function matchById<T extends string | number>(values: Record<string, T>, fallback: T): ExpressionSpecification {
  const pairs = Object.entries(values).flat();
  if (pairs.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  return ['match', ['get', 'id'], ...pairs, fallback] as unknown as ExpressionSpecification;
}
