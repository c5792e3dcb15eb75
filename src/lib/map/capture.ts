// A copy of the map's next frame, taken while it is still in the drawing buffer.
import type { Map as MapLibreMap } from 'maplibre-gl';

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
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}
