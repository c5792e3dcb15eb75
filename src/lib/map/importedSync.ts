// Keeps the map's imported sources and layers in step with the reader's imported layers.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ImportedLayer } from '../state/imports.svelte';
import { importedLayerIds, importedLayers, importedSource } from '../layers/imported';
import { REGION_LABELS } from '../layers/ids';

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
      map.addSource(layer.id, importedSource(layer.data, layer.stats.byGeometry.Point ?? 0));
      // Below the place labels so the names a reader navigates by stay legible.
      for (const spec of importedLayers(layer.id, index)) map.addLayer(spec, REGION_LABELS);
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
