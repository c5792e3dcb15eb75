// Site layers described as data: a strike site gets its own symbol, other sites a ringed dot; each has a label.
import type { LayerSpecification } from 'maplibre-gl';
import { IMAGE, siteLabelId, siteSymbolId } from './ids';
import { SOURCE_LAYER, fromTiles } from './tileset';
import { byId, localName } from './expressions';
import { MARKER } from './theme';
import { LABEL_FONT } from './glyphs';

/** Half the side of each marker image, in px (as images.ts draws them). */
const MARKER_RADIUS = {
  strike: MARKER.strikeRadius,
  ring: Math.ceil(MARKER.ring.radius + MARKER.ring.width) + 1,
} as const;
const LABEL_SIZE = 12;
/** MapLibre's default padding around each collision box, icon and text alike. */
const COLLISION_PADDING = 2;

/**
 * How far a site's name sits from its point, in ems: clear of its own marker's collision box, which
 * blocks the name like any other label would (a name that touched it would not be drawn at all).
 */
function labelOffsetEm(markerRadius: number): number {
  return Math.ceil(((markerRadius + 2 * COLLISION_PADDING + 3) / LABEL_SIZE) * 10) / 10;
}

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
        'text-size': LABEL_SIZE,
        // Below its marker when there is room, else beside or above it: a region's name, placed
        // first, may have taken the space below (Sievierodonetsk's under "Luhansk" at low zoom).
        'text-variable-anchor': ['top', 'left', 'right', 'bottom'],
        'text-radial-offset': labelOffsetEm(kind === 'strike-site' ? MARKER_RADIUS.strike : MARKER_RADIUS.ring),
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': '#1d1d1d', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.5 },
    },
  ];
}
