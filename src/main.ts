// Entry point: mounts the viewer.
import { mount } from 'svelte';
import App from './App.svelte';
import { startMapWorkers } from './lib/map/workers';
import './app.css';

// The map's worker script is the biggest download after MapLibre itself: start it before the UI.
startMapWorkers();

export default mount(App, { target: document.getElementById('app') as HTMLElement });
