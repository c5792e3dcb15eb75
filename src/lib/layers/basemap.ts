// Basemap layers (land, countries, rivers, cities) described as plain style data.
import type { LayerSpecification } from 'maplibre-gl';
import { localName } from './expressions';
import { SOURCE } from './ids';
import { PALETTE } from './palette';

/** Sea and land: drawn below the claim layers. */
export function basemapBaseLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': PALETTE.sea } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-color': ['case', ['==', ['get', 'iso_a3'], 'UKR'], PALETTE.ukraine, PALETTE.land] },
    },
    { id: 'lakes', type: 'fill', source: SOURCE.lakes, paint: { 'fill-color': PALETTE.sea } },
  ];
}

/** Borders, rivers and cities: drawn above the claim fills so a reader keeps their bearings. */
export function basemapOverlayLayers(lang: 'en' | 'uk'): LayerSpecification[] {
  return [
    {
      id: 'countries-line',
      type: 'line',
      source: SOURCE.countries,
      // Ukraine's own outline comes from its region layers, which are finer than the country file; the
      // coarser country borders fade out as the reader zooms in, where the two would visibly disagree.
      filter: ['!=', ['get', 'iso_a3'], 'UKR'],
      paint: {
        'line-color': PALETTE.border,
        'line-width': 0.8,
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 5, 1, 6.5, 0.2],
      },
    },
    {
      id: 'rivers',
      type: 'line',
      source: SOURCE.rivers,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PALETTE.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 2.2] },
    },
    {
      id: 'cities-dot',
      type: 'circle',
      source: SOURCE.cities,
      paint: {
        'circle-radius': ['case', ['to-boolean', ['get', 'capital']], 3.5, 2.5],
        'circle-color': PALETTE.cityText,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'cities-label',
      type: 'symbol',
      source: SOURCE.cities,
      layout: {
        'text-field': localName(lang),
        'text-size': ['case', ['to-boolean', ['get', 'capital']], 13, 11],
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'text-optional': true,
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
      },
      paint: { 'text-color': PALETTE.cityText, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.2 },
    },
  ];
}
