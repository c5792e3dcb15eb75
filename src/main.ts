// Entry point: mounts the viewer.
import { mount } from 'svelte';
import App from './App.svelte';
import { startMapWorkers } from './lib/map/workers';
import { preloadGlyphs } from './lib/map/preloadGlyphs';
import { prefetchIndex } from './lib/data/corpus.svelte';
import './app.css';

// The map's worker goes first: its script is the biggest download after MapLibre itself, and the
// worker fetches and tiles the map's data while the page is built.
preloadGlyphs();
// The claims index is small and colours the first view: asked for before anything else is built.
prefetchIndex();
void startMapWorkers().then(() => mount(App, { target: document.getElementById('app') as HTMLElement }));
