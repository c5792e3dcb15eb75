// Keeps the map's imported sources and layers in step with the reader's imported layers.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ImportedLayer } from '../state/imports.svelte';
import { importedLayerIds, importedLayers, importedSource } from '../layers/imported';
import { REGION_LABELS } from '../layers/ids';

/**
 * A big layer reaches the map in slices of this many features. MapLibre copies GeoJSON to its worker by
 * walking every object on the page's thread: 250,000 points in one go froze the page for 1.3 s; in
 * slices, one per frame, panning goes on (and the slices wait while the map moves).
 */
const FEED_SLICE = 20_000;

function feedRest(map: MapLibreMap, id: string, features: ImportedLayer['data']['features']): void {
  let from = FEED_SLICE;
  const step = () => {
    const source = map.getSource(id) as GeoJSONSource | undefined;
    // Removed meanwhile (or the map is gone): stop.
    if (!source || from >= features.length) return;
    // Each slice makes MapLibre's workers index the source again: not while the reader is moving the map.
    if (map.isMoving()) {
      map.once('moveend', () => requestAnimationFrame(step));
      return;
    }
    const to = Math.min(features.length, from + FEED_SLICE);
    // Features carry unique numeric ids, which updateData needs. The next slice waits for this one to be
    // taken in: slices sent while MapLibre's worker is busy would be merged into one big copy again.
    source.updateData({ add: features.slice(from, to) as GeoJSON.Feature[] }).then(
      () => requestAnimationFrame(step),
      () => undefined,
    );
    from = to;
  };
  requestAnimationFrame(step);
}

export function syncImported(map: MapLibreMap, layers: ImportedLayer[], visible: Record<string, boolean>): void {
  const wanted = new Set(layers.map((l) => l.id));
  // Remove what the reader removed.
  for (const layer of map.getStyle().layers) {
    const owner = /^(import-\d+)-/.exec(layer.id)?.[1];
    if (owner && !wanted.has(owner)) map.removeLayer(layer.id);
  }
  for (const source of Object.keys(map.getStyle().sources)) {
    if (/^import-\d+$/.test(source) && !wanted.has(source)) map.removeSource(source);
  }
  layers.forEach((layer, index) => {
    if (!map.getSource(layer.id)) {
      const features = layer.data.features;
      const first =
        features.length > FEED_SLICE
          ? { type: 'FeatureCollection' as const, features: features.slice(0, FEED_SLICE) }
          : layer.data;
      map.addSource(layer.id, importedSource(first, layer.stats.byGeometry.Point ?? 0));
      // Below the place labels so the names a reader navigates by stay legible.
      for (const spec of importedLayers(layer.id, index)) map.addLayer(spec, REGION_LABELS);
      if (features.length > FEED_SLICE) feedRest(map, layer.id, features);
    }
    const value = visible[layer.id] === false ? 'none' : 'visible';
    for (const id of Object.values(importedLayerIds(layer.id))) {
      if (map.getLayoutProperty(id, 'visibility') !== value) map.setLayoutProperty(id, 'visibility', value);
    }
  });
}

export function importedQueryLayers(layers: ImportedLayer[], visible: Record<string, boolean>): string[] {
  return layers
    .filter((l) => visible[l.id] !== false)
    .flatMap((l) => {
      const ids = importedLayerIds(l.id);
      return [ids.cluster, ids.circle, ids.line, ids.fill];
    });
}

/** Zooms into a cluster far enough that it splits. */
export async function expandCluster(map: MapLibreMap, sourceId: string, clusterId: number, at: [number, number]): Promise<void> {
  const source = map.getSource(sourceId) as GeoJSONSource | undefined;
  if (!source) return;
  const zoom = await source.getClusterExpansionZoom(clusterId);
  map.easeTo({ center: at, zoom });
}
