// Fetches the labels' Latin glyph range while the page is built, so it is at hand when the map's worker asks for it.
import { GLYPHS, glyphUrlTemplate } from '../layers/glyphs';

/**
 * MapLibre fetches a glyph range only once its worker, half-way through the first tiles, asks for
 * the letters, and that tile waits for the round trip. Every label language needs the Latin range
 * (spaces, punctuation and digits are in it), so it is preloaded as the page starts; MapLibre's own
 * request is then answered from the preload. Only with WebGL: without it there is no map to ask.
 */
export function preloadGlyphs(): void {
  if (typeof WebGL2RenderingContext === 'undefined') return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // A fetch() preload must be CORS-mode to be matched by MapLibre's fetch() of the same URL.
  link.crossOrigin = 'anonymous';
  link.href = glyphUrlTemplate(document.baseURI).replace('{fontstack}', GLYPHS.stack).replace('{range}', '0-255');
  document.head.append(link);
}
