// Draws the labels' letters while the map's worker is still laying out the first tiles, so they are ready when it asks.
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The font stack MapLibre asks for when a layer sets no `text-font` (none of ours does): the style
 * spec's default, joined as MapLibre joins it. Without a glyphs URL, MapLibre draws its glyphs with
 * the browser's local fonts whatever the stack's name.
 */
const DEFAULT_STACK = 'Open Sans Regular,Arial Unicode MS Regular';

/** Punctuation the place and city names use, besides letters (a unit test checks every name). */
const MARKS = " -(),.'’«»";
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UKRAINIAN = 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя';

/** The characters worth drawing ahead for labels in a language: its alphabet and the marks. */
export function labelCharacters(lang: 'en' | 'uk'): string[] {
  return [...new Set([...(lang === 'uk' ? UKRAINIAN : LATIN), ...MARKS])];
}

/**
 * MapLibre draws a label's glyphs on the main thread (TinySDF, about 1.5 ms each here) only when the
 * worker, half-way through a tile, asks for them, and that tile waits; at start that is some 50
 * glyphs, 60–100 ms, on the way to the first complete frame. Asked for here, right after the first
 * tiles are requested, they are drawn while the main thread would otherwise wait for the worker, and
 * the worker's requests are answered from MapLibre's own cache.
 *
 * `style.glyphManager` is internal to MapLibre. If it is missing or its signature changes, this does
 * nothing and glyphs are drawn on demand as before.
 */
export function drawGlyphsAhead(map: MapLibreMap, lang: 'en' | 'uk'): void {
  const manager = (map as unknown as { style?: { glyphManager?: { getGlyphs?: (request: unknown) => Promise<unknown> } } })
    .style?.glyphManager;
  if (typeof manager?.getGlyphs !== 'function') return;
  try {
    void manager.getGlyphs({ [DEFAULT_STACK]: { default: labelCharacters(lang) } }).catch(() => undefined);
  } catch {
    // An internal that changed shape: the glyphs will be drawn on demand.
  }
}
