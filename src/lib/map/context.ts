// The map shared with the map's child components through Svelte context, as svelte-maplibre-gl does: made once, read where needed.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapContext {
  /** The map, once made (null before, and when there is no WebGL). */
  readonly map: MapLibreMap | null;
  /** True once the style exists: layers can be changed from then on. */
  readonly styled: boolean;
  /** The element the map is drawn in. */
  readonly container: HTMLDivElement;
}

const KEY = Symbol('situation-viewer-map');

export function setMapContext(context: MapContext): void {
  setContext(KEY, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(KEY);
  if (!context) throw new Error('getMapContext() outside MapView');
  return context;
}
