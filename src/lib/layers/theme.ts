// Every colour and pattern the viewer draws with, in one typed theme: map layers, images, legend, swatches and the PNG read it.
import type { PlaceStatus } from '../model/placeStatus';

/** Basemap colours: quiet enough that the claim colours on top carry the meaning. */
export const PALETTE = {
  sea: '#c9dbe6',
  land: '#f4f1ea',
  ukraine: '#fbfaf6',
  border: '#8a8a8a',
  river: '#8fb3cc',
  cityText: '#3a3a3a',
  halo: 'rgba(255,255,255,0.9)',
  regionLine: '#7a7a7a',
  hover: '#111111',
  selected: '#0b4f9c',
  /** The strike-site symbol, and its sample in the legend and the PNG export. */
  strike: '#b4182b',
} as const;

/** The non-colour signal a status is drawn with, besides its colour. */
export type StatusPattern = 'solid' | 'hatch' | 'dots' | 'lines' | 'outline' | 'none';

export interface StatusLook {
  /** Fill colour on the map and swatch colour in the legend. */
  color: string;
  pattern: StatusPattern;
}

/**
 * How each status is drawn. Statuses that share a colour differ by pattern; "Advances claimed" and
 * "Attack or build-up reported" differ by pattern (dots, lines) and by colour also for colour-blind
 * readers (checked under protanopia, deuteranopia and tritanopia in tests/unit/theme.test.ts).
 */
export const STATUS_LOOK: Record<PlaceStatus, StatusLook> = {
  'control-claimed-disputed': { color: '#b2182b', pattern: 'hatch' },
  'control-claimed': { color: '#b2182b', pattern: 'solid' },
  'annexation-claimed': { color: '#8c510a', pattern: 'solid' },
  'advance-claimed': { color: '#e66101', pattern: 'dots' },
  'attack-reported': { color: '#fee090', pattern: 'lines' },
  'strike-reported': { color: '#6a3d9a', pattern: 'outline' },
  mentioned: { color: '#9e9ac8', pattern: 'outline' },
  'no-claims': { color: '#d9d9d9', pattern: 'none' },
};

/** How strongly a status colour is mixed with white in swatches (and the fill's opacity on the map). */
export const SWATCH_MIX = { filled: 0.55, outline: 0.22 } as const;

/** The ink of each drawn pattern, as RGBA bytes (0-255): map images, swatches and the PNG alike. */
export const PATTERN_INK: Record<'hatch' | 'dots' | 'lines', readonly [number, number, number, number]> = {
  hatch: [40, 20, 20, 204],
  dots: [60, 30, 10, 217],
  lines: [70, 50, 0, 180],
};

/** A pattern's ink as a CSS colour. */
export const inkCss = (pattern: keyof typeof PATTERN_INK): string => {
  const [r, g, b, a] = PATTERN_INK[pattern];
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
};

/** The point markers: a strike site's burst, and the ringed dot of any other named place. */
export const MARKER = {
  strike: PALETTE.strike,
  /** Half the burst image's side, px: labels keep clear of it. */
  strikeRadius: 13,
  ring: { color: STATUS_LOOK['strike-reported'].color, fill: '#ffffff', radius: 6, width: 3 },
  /**
   * A site none of whose claims pass the timeline or filters: its marker, burst or ring, fades to a
   * ghost of itself (an opacity, so the change is a paint property and never re-lays out the tiles).
   */
  noClaims: { opacity: 0.3 },
} as const;

/**
 * A reader's assessment of control (their own imported file): a dashed dark outline over the claim colours
 * and a faint tint under them, so it never hides or reads as a claim status.
 */
export const ASSESSED_LOOK = {
  line: '#1f1f1f',
  lineWidth: 1.8,
  dash: [3, 2],
  tint: 'rgba(31, 31, 31, 0.12)',
  tintOpacity: 0.12,
} as const;

/** A place the reader has hidden: an empty, dashed grey box in the layer panel. */
export const HIDDEN_LOOK = { border: '#8a8a8a', fill: '#ffffff' } as const;
