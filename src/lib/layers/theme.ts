// Basemap colours: quiet enough that the claim colours on top carry the meaning.
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
