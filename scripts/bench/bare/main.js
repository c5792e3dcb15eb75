// The bench's floor: the same MapLibre, wired the same way as the app, drawing a background-only style.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
const map = new Map({
  container,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#c9dbe6' } }],
  },
  center: [32, 48.5],
  zoom: 4.5,
  attributionControl: false,
});
// Same readiness rule as the app: the first idle after the style has loaded.
map.once('load', () => {
  map.once('idle', () => {
    container.dataset.state = 'ready';
  });
});
