// Basemap layers (land, countries, rivers, cities) described as plain style data.
// Paint values are constants wherever they can be: on software WebGL every distinct combination of
// data-driven properties compiles a shader program of its own, and those compiles dominate start-up.
import type { LayerSpecification } from 'maplibre-gl';
import { localName, stateColor, stateNumber } from './expressions';
import { SOURCE_LAYER, fromTiles } from './tileset';
import { PALETTE } from './theme';
import { LABEL_FONT } from './glyphs';

const BORDER_WIDTH = 1.1;
const COAST_WIDTH = 0.8;

/**
 * Land and lakes, drawn below the claim layers. The sea is not a layer: it is the map container's
 * colour showing through the transparent canvas, which spares a full-screen pass in every frame.
 */
export function basemapBaseLayers(): LayerSpecification[] {
  return [
    {
      id: 'countries-fill',
      type: 'fill',
      ...fromTiles(SOURCE_LAYER.basemap),
      // Every country but Ukraine, merged into one polygon when the tiles are cut (scripts/tiles/).
      filter: ['==', ['get', 'layer'], 'land'],
      paint: {
        'fill-color': stateColor('fill', PALETTE.land),
        'fill-opacity': stateNumber('fillOpacity', 1),
        'fill-antialias': false,
      },
    },
    {
      id: 'ukraine-fill',
      type: 'fill',
      ...fromTiles(SOURCE_LAYER.basemap),
      filter: ['all', ['==', ['get', 'layer'], 'country'], ['==', ['get', 'iso_a3'], 'UKR']],
      paint: {
        'fill-color': stateColor('fill', PALETTE.ukraine),
        'fill-opacity': stateNumber('fillOpacity', 1),
        'fill-antialias': false,
      },
    },
    {
      id: 'lakes',
      type: 'fill',
      ...fromTiles(SOURCE_LAYER.basemap),
      filter: ['==', ['get', 'layer'], 'lake'],
      paint: {
        'fill-color': stateColor('fill', PALETTE.sea),
        'fill-opacity': stateNumber('fillOpacity', 1),
        'fill-antialias': false,
      },
    },
  ];
}

/** Borders, rivers and cities: drawn above the claim fills so a reader keeps their bearings. */
export function basemapOverlayLayers(
  lang: 'en' | 'uk',
  /** Cities a place of the map already names (`citiesNamedByPlaces`): not labelled twice. */
  except: { geonames: number[]; names: string[] } = { geonames: [], names: [] },
): LayerSpecification[] {
  return [
    {
      id: 'countries-line',
      type: 'line',
      ...fromTiles(SOURCE_LAYER.basemap),
      // Each land border and coast once (the tiles' `border` and `coast` lines). Ukraine's own coast
      // comes from its region layers, which are finer than the country file; the coarser country
      // borders fade out as the reader zooms in, where the two would visibly disagree.
      filter: ['in', ['get', 'layer'], ['literal', ['border', 'coast']]],
      paint: {
        'line-color': stateColor('line', PALETTE.border),
        // Borders a little heavier than coasts, where the land's edge already shows.
        'line-width': [
          'number',
          ['feature-state', 'lineWidth'],
          ['match', ['get', 'layer'], 'border', BORDER_WIDTH, COAST_WIDTH],
        ],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 5, 1, 6.5, 0.2],
      },
    },
    {
      id: 'rivers',
      type: 'line',
      ...fromTiles(SOURCE_LAYER.basemap),
      filter: ['==', ['get', 'layer'], 'river'],
      paint: { 'line-color': stateColor('line', PALETTE.river), 'line-width': stateNumber('lineWidth', 1.2) },
    },
    {
      id: 'cities-dot',
      type: 'circle',
      ...fromTiles(SOURCE_LAYER.basemap),
      filter: ['==', ['get', 'layer'], 'city'],
      paint: {
        'circle-radius': 3,
        'circle-color': PALETTE.cityText,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'cities-label',
      type: 'symbol',
      ...fromTiles(SOURCE_LAYER.basemap),
      filter: [
        'all',
        ['==', ['get', 'layer'], 'city'],
        ['!', ['in', ['coalesce', ['get', 'geonames_id'], -1], ['literal', except.geonames]]],
        ['!', ['in', ['coalesce', ['get', 'name_en'], ''], ['literal', except.names]]],
      ],
      layout: {
        'text-field': localName(lang),
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'text-optional': true,
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
      },
      paint: { 'text-color': PALETTE.cityText, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.2 },
    },
  ];
}
