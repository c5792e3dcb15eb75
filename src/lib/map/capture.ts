// A copy of the map's next frame, taken while it is still in the drawing buffer.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PALETTE } from '../layers/theme';

/**
 * The map runs without preserveDrawingBuffer (keeping every frame costs time on each one), so its
 * canvas can only be read during the frame itself: copy it in the `render` event of a fresh frame.
 */
export function captureFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d');
      if (ctx) {
        // The style has no background layer (the sea is the map container's colour, one full-screen
        // pass less per frame), so the copy is laid on that colour or the sea would come out empty.
        ctx.fillStyle = PALETTE.sea;
        ctx.fillRect(0, 0, copy.width, copy.height);
        ctx.drawImage(source, 0, 0);
      }
      resolve(copy);
    });
    map.triggerRepaint();
  });
}
