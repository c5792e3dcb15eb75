// Applies app state to a live map: visibility, claim colours and site markers, language and selection outline.
// Each call changes only what differs, so a toggle never makes the map's worker reload a source.
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Place } from '../model/places';
import type { PlaceStatus } from '../model/placeStatus';
import {
  CONTEXT_FILL,
  CONTEXT_LINE,
  REGION_LABELS,
  REGION_PATTERN,
  REGION_SELECTED,
  regionFillId,
  regionLineId,
  siteLabelId,
  siteSymbolId,
} from '../layers/ids';
import { patternPaint, regionState, visibleRegionIds } from '../layers/regions';
import { byId, inIds, localName } from '../layers/expressions';
import { REGION_FEATURES } from '../layers/tileset';
import { MARKER } from '../layers/theme';

const applied = new WeakMap<MapLibreMap, Map<string, string>>();

/** Sets a filter or paint value only when it differs from the last one set: filters reload sources. */
function setIfChanged(map: MapLibreMap, key: string, value: unknown, set: () => void): void {
  let seen = applied.get(map);
  if (!seen) applied.set(map, (seen = new Map()));
  const text = JSON.stringify(value);
  if (seen.get(key) === text) return;
  seen.set(key, text);
  set();
}

function setFilter(map: MapLibreMap, layer: string, filter: FilterSpecification): void {
  setIfChanged(map, `filter:${layer}`, filter, () => map.setFilter(layer, filter));
}

/** Shows or hides each place's own layers and narrows the shared layers to the visible places. */
export function applyVisibility(
  map: MapLibreMap,
  places: Place[],
  visibleIds: Set<string>,
  statuses: Record<string, PlaceStatus>,
): void {
  for (const place of places) {
    const value = visibleIds.has(place.id) ? 'visible' : 'none';
    const own =
      place.kind === 'site'
        ? [siteSymbolId(place.id), siteLabelId(place.id)]
        : place.mission
          ? [regionFillId(place.id), regionLineId(place.id)]
          : [];
    for (const layer of own) {
      // Unset means visible. Any layout change makes the worker re-tile the layer's source, so
      // "visible" over an unset value is not a no-op: it would reload the source for nothing.
      const current = map.getLayoutProperty(layer, 'visibility') ?? 'visible';
      if (current !== value) map.setLayoutProperty(layer, 'visibility', value);
    }
  }
  const regions = visibleRegionIds(places, (id) => visibleIds.has(id));
  setFilter(map, CONTEXT_FILL, inIds(regions.context));
  setFilter(map, CONTEXT_LINE, inIds(regions.context));
  setFilter(map, REGION_LABELS, inIds(regions.labels));
  const pattern = patternPaint(statuses, regions.all);
  setIfChanged(map, 'pattern', pattern.pattern, () => map.setPaintProperty(REGION_PATTERN, 'fill-pattern', pattern.pattern));
  setFilter(map, REGION_PATTERN, pattern.filter);
}

/** Recolours regions when what their claims add up to changes (e.g. the timeline moved). */
export function applyStatuses(
  map: MapLibreMap,
  places: Place[],
  statuses: Record<string, PlaceStatus>,
  visibleIds: Set<string>,
): void {
  for (const place of places) {
    if (place.kind === 'site') {
      applySiteStatus(map, place, statuses[place.id] ?? 'no-claims');
      continue;
    }
    if (place.kind !== 'region') continue;
    const state = regionState(statuses[place.id] ?? 'no-claims');
    setIfChanged(map, `state:${place.id}`, state, () => map.setFeatureState({ ...REGION_FEATURES, id: place.id }, state));
  }
  applyVisibility(map, places, visibleIds, statuses);
}

/** A site's marker follows its claims too: with none in the timeline it looks like "No claims". */
function applySiteStatus(map: MapLibreMap, place: Place, status: PlaceStatus): void {
  const layer = siteSymbolId(place.id);
  const none = status === 'no-claims';
  // A paint property only: a layout change (another icon) would make the worker re-tile the source.
  const opacity = none ? MARKER.noClaims.opacity : 1;
  if (map.getLayer(layer))
    setIfChanged(map, `site:${place.id}`, opacity, () => map.setPaintProperty(layer, 'icon-opacity', opacity));
}

export function applyLanguage(map: MapLibreMap, places: Place[], lang: 'en' | 'uk'): void {
  const name = localName(lang);
  map.setLayoutProperty(REGION_LABELS, 'text-field', name);
  map.setLayoutProperty('cities-label', 'text-field', name);
  for (const place of places) {
    if (place.kind === 'site') map.setLayoutProperty(siteLabelId(place.id), 'text-field', name);
  }
}

export function applySelectionOutline(map: MapLibreMap, regionId: string | null): void {
  setFilter(map, REGION_SELECTED, byId(regionId ?? ''));
}
