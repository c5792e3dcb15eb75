// The whole map style as data: sources and layers in drawing order, built from the places and their statuses.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Place } from '../model/places';
import type { PlaceStatus } from '../model/placeStatus';
import { basemapBaseLayers, basemapOverlayLayers } from './basemap';
import {
  contextRegionLayers, missionRegionLayers, regionHighlightLayers, regionLabelLayer, regionPatternLayer, visibleRegionIds,
} from './regions';
import { siteLayers } from './sites';
import { SOURCE } from './ids';

export interface StyleInput {
  /** URL of basemap/basemap.geojson. */
  basemap: string;
  /** URL of regions.geojson: the map's worker fetches and parses it, the page never does. */
  regions: string;
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
  const regions = visibleRegionIds(places, (id) => visibleIds.includes(id));
  const missionFills: LayerSpecification[] = [];
  const missionLines: LayerSpecification[] = [];
  for (const place of missionRegions) {
    const [fill, line] = missionRegionLayers(place.id);
    missionFills.push(fill);
    missionLines.push(line);
  }
  const [contextFill, contextLine] = contextRegionLayers(regions.context);
  const [countriesLine, rivers, ...cities] = basemapOverlayLayers(lang);
  const sites = places.filter((p) => p.kind === 'site').flatMap((p) => siteLayers(p.id, p.type, lang));
  const layers = [
    ...basemapBaseLayers(),
    contextFill,
    ...missionFills,
    regionPatternLayer(statuses, regions.all),
    rivers,
    contextLine,
    ...missionLines,
    countriesLine,
    ...regionHighlightLayers(),
    ...cities,
    regionLabelLayer(lang, regions.all),
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
  const m = /^(?:region-(?:fill|line)|site-(?:symbol|label))-(.+)$/.exec(layerId);
  return m && m[1] !== 'context' ? m[1] : null;
}

/**
 * Region label points and sites in one collection. Their ids never collide (ISO codes against
 * site slugs), so a filter on ids alone picks out either kind.
 */
function pointsData(labels: FeatureCollection, sites: FeatureCollection): FeatureCollection {
  const tag = (layer: string) => (f: FeatureCollection['features'][number]) => ({
    ...f,
    properties: { layer, id: f.properties?.id, name_en: f.properties?.name_en, name_uk: f.properties?.name_uk },
  });
  return { type: 'FeatureCollection', features: [...labels.features.map(tag('region-label')), ...sites.features.map(tag('site'))] };
}

export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    // No glyphs and no sprite: labels use the browser's local fonts and images are drawn on demand,
    // so the map fetches nothing from any other host.
    sources: {
      // A small tile buffer for the fills and lines: the default (128 px) copies a quarter tile of
      // every neighbour's outlines into each tile, work for the worker and the GPU that lines at most
      // 3.5 px wide never need. Labels keep the default so they can be placed across tile edges.
      [SOURCE.basemap]: { type: 'geojson', data: input.basemap, buffer: 16 },
      [SOURCE.regions]: { type: 'geojson', data: input.regions, promoteId: 'id', buffer: 16 },
      [SOURCE.points]: { type: 'geojson', data: pointsData(input.regionLabels, input.sites) },
    },
    layers: buildLayers(input),
  };
}
