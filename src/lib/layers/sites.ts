// Site layers described as data: a strike site gets its own symbol, other sites a ringed dot; each has a label.
import type { LayerSpecification } from 'maplibre-gl';
import { IMAGE, siteLabelId, siteSymbolId } from './ids';
import { SOURCE_LAYER, fromTiles } from './tileset';
import { byId, localName } from './expressions';
import { LABEL_FONT } from './glyphs';

export function siteLayers(id: string, kind: string, lang: 'en' | 'uk'): LayerSpecification[] {
  const filter = byId(id);
  // Markers are symbols, not circles, so that labels collide with them: a region's name moves off a
  // town's ring instead of being drawn under it. Always drawn (allow-overlap), never drawn over by a
  // label placed after them (no ignore-placement).
  const symbol: LayerSpecification = {
    id: siteSymbolId(id),
    type: 'symbol',
    ...fromTiles(SOURCE_LAYER.points),
    filter,
    layout: {
      'icon-image': kind === 'strike-site' ? IMAGE.strike : IMAGE.ring,
      'icon-size': 1,
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
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
        // Below its marker when there is room, else beside or above it: a region's name, placed
        // first, may have taken the space below (Sievierodonetsk's under "Luhansk" at low zoom).
        'text-variable-anchor': ['top', 'left', 'right', 'bottom'],
        'text-radial-offset': 1.1,
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': '#1d1d1d', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.5 },
    },
  ];
}
