// Applies app state to a live map: visibility, claim colours, language and selection outline.
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Place } from '../model/places';
import type { PlaceStatus } from '../model/placeStatus';
import {
  CONTEXT_FILL, CONTEXT_LINE, CONTEXT_PATTERN, REGION_LABELS, REGION_SELECTED,
  regionFillId, regionLineId, regionPatternId, siteLabelId, siteSymbolId,
} from '../layers/ids';
import { contextPaint, regionLook } from '../layers/regions';
import { byId, inIds, localName } from '../layers/expressions';

/** Shows or hides each place's own layers and narrows the shared layers to the visible places. */
export function applyVisibility(map: MapLibreMap, places: Place[], visibleIds: Set<string>, statuses: Record<string, PlaceStatus>): void {
  for (const place of places) {
    const value = visibleIds.has(place.id) ? 'visible' : 'none';
    const own =
      place.kind === 'site'
        ? [siteSymbolId(place.id), siteLabelId(place.id)]
        : place.mission
          ? [regionFillId(place.id), regionLineId(place.id)]
          : [];
    for (const layer of own) {
      if (map.getLayoutProperty(layer, 'visibility') !== value) map.setLayoutProperty(layer, 'visibility', value);
    }
    if (place.kind === 'region' && place.mission) {
      const patterned = regionLook(statuses[place.id] ?? 'no-claims').patternImage !== null;
      map.setLayoutProperty(regionPatternId(place.id), 'visibility', value === 'visible' && patterned ? 'visible' : 'none');
    }
  }
  const context = places.filter((p) => p.kind === 'region' && !p.mission && visibleIds.has(p.id)).map((p) => p.id);
  map.setFilter(CONTEXT_FILL, inIds(context));
  map.setFilter(CONTEXT_LINE, inIds(context));
  map.setFilter(CONTEXT_PATTERN, contextPaint(contextStatuses(places, statuses), context).patternFilter);
  map.setFilter(REGION_LABELS, inIds(places.filter((p) => p.kind === 'region' && visibleIds.has(p.id)).map((p) => p.id)));
}

function contextStatuses(places: Place[], statuses: Record<string, PlaceStatus>): Record<string, PlaceStatus> {
  return Object.fromEntries(
    places.filter((p) => p.kind === 'region' && !p.mission).map((p) => [p.id, statuses[p.id] ?? 'no-claims']),
  );
}

/** Recolours regions when what their claims add up to changes (e.g. the timeline moved). */
export function applyStatuses(map: MapLibreMap, places: Place[], statuses: Record<string, PlaceStatus>, visibleIds: Set<string>): void {
  for (const place of places) {
    if (place.kind !== 'region' || !place.mission) continue;
    const look = regionLook(statuses[place.id] ?? 'no-claims');
    map.setPaintProperty(regionFillId(place.id), 'fill-color', look.fillColor);
    map.setPaintProperty(regionFillId(place.id), 'fill-opacity', look.fillOpacity);
    if (look.patternImage) map.setPaintProperty(regionPatternId(place.id), 'fill-pattern', look.patternImage);
    map.setPaintProperty(regionLineId(place.id), 'line-color', look.lineColor);
    map.setPaintProperty(regionLineId(place.id), 'line-width', look.lineWidth);
    map.setPaintProperty(regionLineId(place.id), 'line-dasharray', look.lineDash);
  }
  const visibleContext = places.filter((p) => p.kind === 'region' && !p.mission && visibleIds.has(p.id)).map((p) => p.id);
  const paint = contextPaint(contextStatuses(places, statuses), visibleContext);
  map.setPaintProperty(CONTEXT_FILL, 'fill-color', paint.fill);
  map.setPaintProperty(CONTEXT_FILL, 'fill-opacity', paint.opacity);
  map.setPaintProperty(CONTEXT_LINE, 'line-color', paint.line);
  map.setPaintProperty(CONTEXT_PATTERN, 'fill-pattern', paint.pattern);
  map.setFilter(CONTEXT_PATTERN, paint.patternFilter);
  applyVisibility(map, places, visibleIds, statuses);
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
  map.setFilter(REGION_SELECTED, byId(regionId ?? '') as FilterSpecification);
}
