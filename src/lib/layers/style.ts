// The whole map style as data: sources and layers in drawing order, built from the places and their statuses.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Place } from '../model/places';
import type { PlaceStatus } from '../model/placeStatus';
import { basemapBaseLayers, basemapOverlayLayers } from './basemap';
import { contextRegionLayers, missionRegionLayers, regionHighlightLayers, regionLabelLayer } from './regions';
import { siteLayers } from './sites';
import { SOURCE } from './ids';

export interface StyleInput {
  basemap: { countries: string; lakes: string; rivers: string; cities: string };
  regions: FeatureCollection;
  regionLabels: FeatureCollection;
  sites: FeatureCollection;
  places: Place[];
  statuses: Record<string, PlaceStatus>;
  visibleIds: string[];
  lang: 'en' | 'uk';
}

export function buildLayers(input: StyleInput): LayerSpecification[] {
  const { places, statuses, visibleIds, lang } = input;
  const missionRegions = places.filter((p) => p.kind === 'region' && p.mission);
  const contextStatuses = Object.fromEntries(
    places.filter((p) => p.kind === 'region' && !p.mission).map((p) => [p.id, statuses[p.id] ?? 'no-claims']),
  );
  const visibleContext = visibleIds.filter((id) => id in contextStatuses);
  const missionFills: LayerSpecification[] = [];
  const missionLines: LayerSpecification[] = [];
  for (const place of missionRegions) {
    const [fill, pattern, line] = missionRegionLayers(place.id, statuses[place.id] ?? 'no-claims');
    missionFills.push(fill, pattern);
    missionLines.push(line);
  }
  const [contextFill, contextPattern, contextLine] = contextRegionLayers(contextStatuses, visibleContext);
  const [countriesLine, rivers, ...cities] = basemapOverlayLayers(lang);
  const sites = places.filter((p) => p.kind === 'site').flatMap((p) => siteLayers(p.id, p.type, lang));
  const layers = [
    ...basemapBaseLayers(),
    contextFill,
    contextPattern,
    ...missionFills,
    rivers,
    contextLine,
    ...missionLines,
    countriesLine,
    ...regionHighlightLayers(),
    ...cities,
    regionLabelLayer(lang, visibleIds),
    ...sites,
  ];
  // Layers of hidden places start hidden, so the first frame already matches the layer panel.
  const hidden = new Set(places.filter((p) => !visibleIds.includes(p.id)).map((p) => p.id));
  return layers.map((layer) => {
    const owner = layerOwner(layer.id);
    if (owner && hidden.has(owner)) return { ...layer, layout: { ...(layer.layout ?? {}), visibility: 'none' } } as LayerSpecification;
    return layer;
  });
}

/** The place a per-place layer belongs to ("region-fill-UA-09" → "UA-09"), or null for shared layers. */
export function layerOwner(layerId: string): string | null {
  const m = /^(?:region-(?:fill|pattern|line)|site-(?:symbol|label))-(.+)$/.exec(layerId);
  return m && m[1] !== 'context' ? m[1] : null;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    // No glyphs and no sprite: labels use the browser's local fonts and images are drawn on demand,
    // so the map fetches nothing from any other host.
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: input.basemap.countries },
      [SOURCE.lakes]: { type: 'geojson', data: input.basemap.lakes },
      [SOURCE.rivers]: { type: 'geojson', data: input.basemap.rivers },
      [SOURCE.cities]: { type: 'geojson', data: input.basemap.cities },
      [SOURCE.regions]: { type: 'geojson', data: input.regions, promoteId: 'id' },
      [SOURCE.regionLabels]: { type: 'geojson', data: input.regionLabels },
      [SOURCE.sites]: { type: 'geojson', data: input.sites, promoteId: 'id' },
    },
    layers: buildLayers(input),
  };
}
