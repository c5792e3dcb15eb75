// The labels' font as the map loads it: glyph ranges pre-rendered from Noto Sans, shipped next to the tiles.

/**
 * `scripts/geodata/glyphs.mjs` renders the characters the labels use into signed-distance-field
 * ranges in geodata/glyphs/, and the build copies them into the site. Drawn by MapLibre in the
 * browser instead (TinySDF, without a `glyphs` URL), each glyph cost ~2 ms of main thread while the
 * first tiles were laid out, and the font was whatever sans-serif the reader's machine had.
 */
export const GLYPHS = {
  /** Folder of the ranges in geodata/ and in the built site: `glyphs/{fontstack}/{range}.pbf`. */
  folder: 'glyphs',
  /** The one font stack there is; every symbol layer with text asks for it. */
  stack: 'NotoSans-Regular',
} as const;

/** A symbol layer's `text-font`. */
export const LABEL_FONT: string[] = [GLYPHS.stack];

/** The glyph URL template for a page at `base`; braces left as they are for MapLibre to fill. */
export function glyphUrlTemplate(base: string): string {
  return `${new URL(`${GLYPHS.folder}/`, base).href}{fontstack}/{range}.pbf`;
}
