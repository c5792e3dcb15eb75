// Fixed layer ids, in one place so map code, tests and benches agree on them (the source and its layers are in tileset.ts).
export const regionFillId = (id: string): string => `region-fill-${id}`;
export const regionLineId = (id: string): string => `region-line-${id}`;
export const siteSymbolId = (id: string): string => `site-symbol-${id}`;
export const siteLabelId = (id: string): string => `site-label-${id}`;

export const CONTEXT_FILL = 'region-fill-context';
export const REGION_PATTERN = 'region-pattern';
export const CONTEXT_LINE = 'region-line-context';
export const REGION_LABELS = 'region-labels';
export const REGION_HOVER = 'region-hover';
export const REGION_SELECTED = 'region-selected';

/** Images the style asks for; the map draws them on demand, no sprite file is fetched. */
export const IMAGE = {
  hatch: 'pattern-hatch',
  dots: 'pattern-dots',
  lines: 'pattern-lines',
  strike: 'icon-strike',
  ring: 'icon-ring',
} as const;
