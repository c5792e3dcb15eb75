// Site layers described as data: a strike site gets its own symbol, other sites a ringed dot; each has a label.
import type { LayerSpecification } from 'maplibre-gl';
import { IMAGE, siteLabelId, siteSymbolId } from './ids';
import { SOURCE_LAYER, fromTiles } from './tileset';
import { MARKER } from './theme';
import { byId, localName } from './expressions';
import { LABEL_FONT } from './glyphs';

export function siteLayers(id: string, kind: string, lang: 'en' | 'uk'): LayerSpecification[] {
  const filter = byId(id);
  const symbol: LayerSpecification =
    kind === 'strike-site'
      ? {
          id: siteSymbolId(id),
          type: 'symbol',
          ...fromTiles(SOURCE_LAYER.points),
          filter,
          layout: { 'icon-image': IMAGE.strike, 'icon-size': 1, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
        }
      : {
          id: siteSymbolId(id),
          type: 'circle',
          ...fromTiles(SOURCE_LAYER.points),
          filter,
          paint: {
            'circle-radius': MARKER.ring.radius,
            'circle-color': MARKER.ring.fill,
            'circle-stroke-color': MARKER.ring.color,
            'circle-stroke-width': MARKER.ring.width,
          },
        };
  return [
    symbol,
    {
      id: siteLabelId(id),
      type: 'symbol',
      ...fromTiles(SOURCE_LAYER.points),
      filter,
      layout: {
        'text-field': localName(lang),
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': '#1d1d1d', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.5 },
    },
  ];
}
