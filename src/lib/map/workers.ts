// Starts MapLibre's workers as early as the page can, so their script loads while the page is still being built.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { hasWebGL } from './webgl';

export function startMapWorkers(): void {
  if (!hasWebGL()) return;
  setWorkerUrl(workerUrl);
  prewarm();
}
