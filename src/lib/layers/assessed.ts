// The reader's assessed area on the map, described as data: a faint tint under the claim colours, a dashed outline over them.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { ASSESSED_LOOK } from './theme';

export const ASSESSED_SOURCE = 'assessed-area';
export const ASSESSED_TINT = 'assessed-area-tint';
export const ASSESSED_LINE = 'assessed-area-line';

export function assessedSource(data: FeatureCollection): SourceSpecification {
  return { type: 'geojson', data, tolerance: 0.5 };
}

/** [tint (goes under the region fills), outline (goes over them, under the labels)]. */
export function assessedLayers(): [LayerSpecification, LayerSpecification] {
  return [
    {
      id: ASSESSED_TINT,
      type: 'fill',
      source: ASSESSED_SOURCE,
      paint: { 'fill-color': ASSESSED_LOOK.line, 'fill-opacity': ASSESSED_LOOK.tintOpacity },
    },
    {
      id: ASSESSED_LINE,
      type: 'line',
      source: ASSESSED_SOURCE,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ASSESSED_LOOK.line,
        'line-width': ASSESSED_LOOK.lineWidth,
        'line-dasharray': [...ASSESSED_LOOK.dash],
      },
    },
  ];
}
