// Leaves MapLibre's sky pass out of every frame: this map never tilts, so the sky is never in view.
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * MapLibre 6 draws its sky in every frame whether or not the style asks for one: a full-screen pass
 * before the layers, which at pitch 0 (this map's only pitch) leaves no pixel changed. On a GPU it is
 * free; on the software renderer of a machine without one it took 40–55 ms of each frame here, as
 * long as all the map's layers together, and its shader program had to be built for the first frame.
 * The painter is handed the frame's options without the sky, so it skips that pass.
 *
 * `map.painter` is typed but not documented. If it is missing, this does nothing.
 */
export function skipSky(map: MapLibreMap): void {
  const painter = map.painter;
  if (typeof painter?.render !== 'function') return;
  const render = painter.render;
  painter.render = function (this: typeof painter, ...args: Parameters<typeof render>) {
    const [style, transform, options] = args;
    return render.call(this, style, transform, options && 'sky' in options ? { ...options, sky: undefined } : options);
  };
}
