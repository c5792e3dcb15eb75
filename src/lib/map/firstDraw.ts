// Holds the map's drawing back until the first view's data has all loaded: one complete first frame.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { renderLinkedFirst } from './linkBeforeDraw';

/**
 * While its sources load, MapLibre draws a frame for every batch of tiles that arrives: 7–15 partial
 * frames before the complete one. Without a hardware GPU each frame costs the browser's GPU process
 * 100–250 ms, and those frames hold up the loading itself (tile requests wait for the next animation
 * frame, which waits for the GPU process). So until the style and every source have loaded, the
 * painter's draw is skipped; the rest of MapLibre's render loop (tile requests, label placement,
 * events) runs as usual, and the canvas shows the container's sea colour. The first complete frame
 * puts the painter back, and so does any map error, so a source that fails never keeps the map blank.
 * That first complete frame links its shader programs before it draws (`renderLinkedFirst`).
 *
 * `map.painter` is typed but not documented. If it is missing, this does nothing and the map draws
 * the way it always has.
 */
export function drawWhenLoaded(map: MapLibreMap): void {
  const painter = map.painter;
  if (typeof painter?.render !== 'function') return;
  const render = painter.render;
  const restore = () => {
    painter.render = render;
    map.off('error', restore);
  };
  painter.render = function (this: typeof painter, ...args: Parameters<typeof render>) {
    if (!args[0].loaded()) return;
    restore();
    const gl = this.context?.gl;
    if (gl) renderLinkedFirst(gl, () => render.apply(this, args));
    else render.apply(this, args);
  };
  map.on('error', restore);
}
