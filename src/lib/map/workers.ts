// Starts MapLibre's workers as early as the page can, so their script loads while the page is still being built.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function startMapWorkers(): void {
  // No probe context here: creating a throwaway WebGL context costs hundreds of milliseconds on a
  // software renderer. A browser without WebGL at all is told apart by the map's own constructor.
  if (typeof WebGL2RenderingContext === 'undefined') return;
  setWorkerUrl(workerUrl);
  prewarm();
}
