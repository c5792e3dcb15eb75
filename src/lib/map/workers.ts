// Starts MapLibre's workers as early as the page can, so their script loads while the page is still being built.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** Longest wait for the worker's script before the page is built anyway. */
const SCRIPT_WAIT_MS = 300;

/**
 * Prewarms the map's worker and resolves once its script has arrived (or after SCRIPT_WAIT_MS).
 *
 * Chromium starts a dedicated worker's thread only once the page's main thread has handled the
 * worker script's response. Building the UI and creating the map's WebGL context is one long task
 * (about 0.5 s on a 2-core machine without a GPU); started straight after prewarm(), it held the
 * worker's start, and with it the fetching and tiling of the map's data, until it ended. Waiting for
 * the script (its resource-timing entry, usually 50–100 ms) lets the worker start on its own thread
 * while the page is built.
 */
export function startMapWorkers(): Promise<void> {
  // No probe context here: creating a throwaway WebGL context costs hundreds of milliseconds on a
  // software renderer. A browser without WebGL at all is told apart by the map's own constructor.
  if (typeof WebGL2RenderingContext === 'undefined') return Promise.resolve();
  setWorkerUrl(workerUrl);
  prewarm();
  if (typeof PerformanceObserver === 'undefined') return Promise.resolve();
  const script = new URL(workerUrl, document.baseURI).href;
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === script)) done();
    });
    const timer = setTimeout(done, SCRIPT_WAIT_MS);
    observer.observe({ type: 'resource', buffered: true });
  });
}
