// Keeps the map's assessed-area source and layers in step with the assessment shown (loaded only once one is used).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { ASSESSED_LINE, ASSESSED_SOURCE, ASSESSED_TINT, assessedLayers, assessedSource } from '../layers/assessed';
import { REGION_LABELS } from '../layers/ids';

let shownData: FeatureCollection | null = null;

/** Draws `data` (null: nothing) as the assessed area; the same collection twice is not sent again. */
export function syncAssessed(map: MapLibreMap, data: FeatureCollection | null): void {
  if (!data || data.features.length === 0) {
    for (const id of [ASSESSED_LINE, ASSESSED_TINT]) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(ASSESSED_SOURCE)) map.removeSource(ASSESSED_SOURCE);
    shownData = null;
    return;
  }
  const source = map.getSource(ASSESSED_SOURCE) as GeoJSONSource | undefined;
  if (source) {
    if (shownData !== data) source.setData(data);
  } else {
    map.addSource(ASSESSED_SOURCE, assessedSource(data));
    const [tint, line] = assessedLayers();
    const layers = map.getStyle().layers;
    const firstFill = layers.find((l) => l.id.startsWith('region-fill-'))?.id;
    map.addLayer(tint, firstFill);
    map.addLayer(line, map.getLayer(REGION_LABELS) ? REGION_LABELS : undefined);
  }
  shownData = data;
}
