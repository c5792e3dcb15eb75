// The whole map style as data: sources and layers in drawing order, built from the places and their statuses.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Place } from '../model/places';
import type { PlaceStatus } from '../model/placeStatus';
import { basemapBaseLayers, basemapOverlayLayers } from './basemap';
import {
  citiesNamedByPlaces,
  contextRegionLayers,
  missionRegionLayers,
  regionHighlightLayers,
  regionLabelLayer,
  regionPatternLayer,
  visibleRegionIds,
} from './regions';
import { siteLayers } from './sites';
import { SOURCE_LAYER, TILESET } from './tileset';

export interface StyleInput {
  /** URL template of the geometry's vector tiles (`tileUrlTemplate`): the map's worker fetches them. */
  tiles: string;
  /** URL template of the labels' glyph ranges (`glyphUrlTemplate`). */
  glyphs: string;
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
  const [countriesLine, rivers, ...cities] = basemapOverlayLayers(lang, citiesNamedByPlaces(places));
  const sites = places.filter((p) => p.kind === 'site').map((p) => siteLayers(p.id, p.type, lang));
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
    // Labels are placed top layer first: the region names (mission oblasts first) before the sites'
    // names, and those before the cities'. The site markers stay on top of every label.
    ...sites.map(([, label]) => label),
    regionLabelLayer(lang, regions.labels),
    ...sites.map(([marker]) => marker),
  ];
  // Layers of hidden places start hidden, so the first frame already matches the layer panel.
  const hidden = new Set(places.filter((p) => !visibleIds.includes(p.id)).map((p) => p.id));
  return layers.map((layer) => {
    const owner = layerOwner(layer.id);
    if (owner && hidden.has(owner))
      return { ...layer, layout: { ...(layer.layout ?? {}), visibility: 'none' } } as LayerSpecification;
    return layer;
  });
}

/** The place a per-place layer belongs to ("region-fill-UA-09" → "UA-09"), or null for shared layers. */
export function layerOwner(layerId: string): string | null {
  const m = /^(?:region-(?:fill|line)|site-(?:symbol|label))-(.+)$/.exec(layerId);
  return m && m[1] !== 'context' ? m[1] : null;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    // Glyphs from the site itself and no sprite (images are drawn on demand): the map fetches nothing
    // from any other host.
    glyphs: input.glyphs,
    sources: {
      [TILESET.source]: {
        type: 'vector',
        tiles: [input.tiles],
        minzoom: TILESET.minzoom,
        maxzoom: TILESET.maxzoom,
        // Regions carry their ISO code as `id`; feature state (colours, hover) is keyed by it.
        promoteId: { [SOURCE_LAYER.regions]: 'id' },
      },
    },
    layers: buildLayers(input),
  };
}
