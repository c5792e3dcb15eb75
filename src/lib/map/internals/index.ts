// The one place that touches MapLibre's private internals (map.painter): pinned, checked, switchable; see docs/maplibre-internals.md.
import { getVersion, type Map as MapLibreMap } from 'maplibre-gl';

/**
 * The maplibre-gl version these patches were read against and measured on. package.json pins the
 * same version; tests/unit/maplibreInternals.test.ts fails when the installed one differs. Before
 * changing it, go through docs/maplibre-internals.md ("On upgrade").
 */
export const CHECKED_MAPLIBRE_VERSION = '6.17.0';

/**
 * - `sky`:  frames leave out MapLibre's sky pass (a full-screen pass this untilted map never shows).
 * - `hold`: the painter draws nothing until the style and every source have loaded: one complete first frame.
 */
export const PATCHES = ['sky', 'hold'] as const;
export type Patch = (typeof PATCHES)[number];

/** The parts of MapLibre's Painter the patches use. Not public API: checked before every use. */
interface PainterShape {
  render: (style: { loaded(): boolean }, transform: unknown, data: Record<string, unknown>) => void;
  drawFunctions: { sky: unknown };
}

let warned = false;
/** Says once per page why the patches stay off; a warning, not an error: the map works without them. */
function leaveAlone(reason: string): void {
  if (!warned)
    console.warn(`MapLibre internals left alone (${reason}); the map draws the stock way. See docs/maplibre-internals.md.`);
  warned = true;
}

/**
 * Why the patches cannot be applied to this map, or null if they can: the installed MapLibre must be
 * the checked version, and its painter must still have the shape read in that version's source
 * (`Painter.render(style, transform, data)`, `painter.drawFunctions.sky`, drawn when `data.sky` is
 * set). What each frame passes (`style.loaded()`, `data.sky`) is checked again as it comes.
 */
export function unfitReason(version: string, map: unknown): string | null {
  if (version !== CHECKED_MAPLIBRE_VERSION) return `maplibre-gl ${version}, patches checked against ${CHECKED_MAPLIBRE_VERSION}`;
  const painter = (map as { painter?: Partial<PainterShape> } | null)?.painter;
  if (!painter || typeof painter.render !== 'function') return 'no map.painter.render';
  if (painter.render.length !== 3) return `map.painter.render takes ${painter.render.length} arguments, not 3`;
  if (typeof painter.drawFunctions?.sky !== 'function') return 'no map.painter.drawFunctions.sky';
  return null;
}

/**
 * Which patches to apply. Test builds (VITE_TEST_HOOKS) read `?internals=sky,hold` or `?internals=none`
 * from the page's URL, so the browser tests and the bench can see each patch act and measure what it
 * buys; every other build applies them all.
 */
export function requestedPatches(search = typeof location === 'undefined' ? '' : location.search): Set<Patch> {
  const asked = import.meta.env.VITE_TEST_HOOKS ? new URLSearchParams(search).get('internals') : null;
  if (asked === null) return new Set(PATCHES);
  return new Set(PATCHES.filter((p) => asked.split(',').includes(p)));
}

/**
 * Applies the patches to a new map, before its first frame. Returns the ones applied: none if the
 * version or the painter's shape is not the one checked (logged once).
 */
export function applyInternals(map: MapLibreMap, wanted: Set<Patch> = requestedPatches()): Patch[] {
  if (wanted.size === 0) return [];
  const reason = unfitReason(getVersion(), map);
  if (reason) {
    leaveAlone(reason);
    return [];
  }
  const painter = (map as unknown as { painter: PainterShape }).painter;
  const render = painter.render;
  const skipSky = wanted.has('sky');
  let holding = wanted.has('hold');
  const release = () => {
    holding = false;
    map.off('error', release);
  };
  painter.render = function (this: PainterShape, style, transform, data) {
    // At pitch 0 the sky pass changes no pixel; without `sky` in the frame's data the painter skips it.
    let frame = data;
    if (skipSky) {
      if (data && 'sky' in data) frame = { ...data, sky: undefined };
      else leaveAlone('the frame data passed to Painter.render has no sky');
    }
    if (holding) {
      if (typeof style?.loaded !== 'function') leaveAlone('the style passed to Painter.render has no loaded()');
      else if (!style.loaded()) return;
      release();
    }
    return render.call(this, style, transform, frame);
  };
  // A source that fails never keeps the map blank: any map error ends the hold.
  if (holding) map.on('error', release);
  return PATCHES.filter((p) => wanted.has(p));
}
