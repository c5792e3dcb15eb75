// Region layers described as data: a fill and an outline per mission oblast, shared ones for the context regions.
// Colours come from feature state, so every region layer shares one shader and a status change repaints no layer.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceStatus } from '../model/placeStatus';
import type { Place } from '../model/places';
import { MISSION_REGIONS } from '../model/types';
import {
  CONTEXT_FILL,
  CONTEXT_LINE,
  IMAGE,
  REGION_HOVER,
  REGION_LABELS,
  REGION_PATTERN,
  REGION_SELECTED,
  regionFillId,
  regionLineId,
} from './ids';
import { SOURCE_LAYER, fromTiles } from './tileset';
import { PALETTE, STATUS_LOOK, SWATCH_MIX } from './theme';
import { LABEL_FONT } from './glyphs';
import { byId, inIds, localName, matchById, stateColor, stateNumber } from './expressions';

/** How a status is drawn: every status differs by more than colour (pattern, outline weight, fill strength). */
export interface RegionLook {
  fillColor: string;
  fillOpacity: number;
  patternImage: string | null;
  lineColor: string;
  lineWidth: number;
}

export function regionLook(status: PlaceStatus): RegionLook {
  const style = STATUS_LOOK[status];
  const quiet = status === 'no-claims';
  return {
    fillColor: style.color,
    fillOpacity: quiet ? 0.12 : style.pattern === 'outline' ? SWATCH_MIX.outline + 0.03 : SWATCH_MIX.filled - 0.05,
    patternImage:
      style.pattern === 'hatch' || style.pattern === 'dots' || style.pattern === 'lines' ? IMAGE[style.pattern] : null,
    lineColor: quiet ? PALETTE.regionLine : style.color,
    lineWidth: quiet ? 0.7 : style.pattern === 'outline' ? 2.6 : 1.4,
  };
}

/** The feature state a region carries for its status; the paint below reads it. */
export function regionState(status: PlaceStatus): Record<string, string | number> {
  const look = regionLook(status);
  return { fill: look.fillColor, fillOpacity: look.fillOpacity, line: look.lineColor, lineWidth: look.lineWidth };
}

const quiet = regionLook('no-claims');
const FILL_PAINT = {
  // Outlines are their own line layers; the fill's antialiasing pass would be a second shader.
  'fill-antialias': false,
  'fill-color': stateColor('fill', quiet.fillColor),
  'fill-opacity': stateNumber('fillOpacity', quiet.fillOpacity),
};
const LINE_PAINT = {
  'line-color': stateColor('line', quiet.lineColor),
  'line-width': stateNumber('lineWidth', quiet.lineWidth),
};

/** The two layers of one mission region. */
export function missionRegionLayers(id: string): LayerSpecification[] {
  return [
    { id: regionFillId(id), type: 'fill', ...fromTiles(SOURCE_LAYER.regions), filter: byId(id), paint: FILL_PAINT },
    {
      id: regionLineId(id),
      type: 'line',
      ...fromTiles(SOURCE_LAYER.regions),
      filter: byId(id),
      paint: LINE_PAINT,
    },
  ];
}

/**
 * The visible regions the shared region layers (context fill and outline, pattern, labels) are
 * narrowed to. The style and the map sync both take their filters from here: a filter built from
 * another list would differ, and a filter that differs makes the map's worker lay out the source again.
 */
export function visibleRegionIds(
  places: Place[],
  isVisible: (id: string) => boolean,
): { all: string[]; context: string[]; labels: string[] } {
  const regions = places.filter((p) => p.kind === 'region' && isVisible(p.id));
  // One label per place: a city region (Kyiv city) whose city is a site on the map is named by the site.
  const namedBySite = new Set(
    places.filter((p) => p.kind === 'site' && p.type === 'city' && isVisible(p.id) && p.region).map((p) => p.region),
  );
  const labels = regions.filter((p) => !(p.type === CITY_REGION && namedBySite.has(p.id)));
  return {
    all: regions.map((p) => p.id),
    context: regions.filter((p) => !p.mission).map((p) => p.id),
    labels: labels.map((p) => p.id),
  };
}

/** The region type of Kyiv and Sevastopol, cities that are regions of their own. */
const CITY_REGION = 'city with special status';

/**
 * Basemap cities that a place of the map already names, so no place is labelled twice: a site's own
 * city (the same GeoNames point, or the same name) and a city region's city (Sevastopol).
 */
export function citiesNamedByPlaces(places: Place[]): { geonames: number[]; names: string[] } {
  const sites = places.filter((p) => p.kind === 'site');
  const geonames = sites
    .map((p) => /geonameid (\d+)/.exec(p.basis ?? '')?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
  const names = [...sites, ...places.filter((p) => p.kind === 'region' && p.type === CITY_REGION)].map((p) => p.nameEn);
  return { geonames, names };
}

/** Every visible context region at once: their own checkboxes narrow the filter. */
export function contextRegionLayers(visibleIds: string[]): LayerSpecification[] {
  return [
    { id: CONTEXT_FILL, type: 'fill', ...fromTiles(SOURCE_LAYER.regions), filter: inIds(visibleIds), paint: FILL_PAINT },
    { id: CONTEXT_LINE, type: 'line', ...fromTiles(SOURCE_LAYER.regions), filter: inIds(visibleIds), paint: LINE_PAINT },
  ];
}

export interface PatternPaint {
  filter: FilterSpecification;
  pattern: ExpressionSpecification;
}

/** The hatch, dots or lines over each visible region whose status has one, in one layer for all regions. */
export function patternPaint(statuses: Record<string, PlaceStatus>, visibleIds: string[]): PatternPaint {
  const images: Record<string, string> = {};
  for (const id of visibleIds) {
    const image = statuses[id] ? regionLook(statuses[id]).patternImage : null;
    if (image) images[id] = image;
  }
  return { filter: inIds(Object.keys(images)), pattern: matchById(images, IMAGE.hatch) };
}

export function regionPatternLayer(statuses: Record<string, PlaceStatus>, visibleIds: string[]): LayerSpecification {
  const paint = patternPaint(statuses, visibleIds);
  return {
    id: REGION_PATTERN,
    type: 'fill',
    ...fromTiles(SOURCE_LAYER.regions),
    filter: paint.filter,
    paint: { 'fill-pattern': paint.pattern, 'fill-antialias': false },
  };
}

/** Hover and selection outlines, above every region fill. */
export function regionHighlightLayers(): LayerSpecification[] {
  return [
    {
      id: REGION_HOVER,
      type: 'line',
      ...fromTiles(SOURCE_LAYER.regions),
      // Same data-driven properties as the region outlines, so both share one shader program. The
      // opacity is a constant 0 until a region is hovered: MapLibre then skips the layer's draw, so a
      // map nobody points at does not pay for a second pass over every outline in every frame.
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'hover'], false], PALETTE.hover, 'rgba(0,0,0,0)'],
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0],
        'line-opacity': 0,
      },
    },
    {
      id: REGION_SELECTED,
      type: 'line',
      ...fromTiles(SOURCE_LAYER.regions),
      filter: byId(''),
      paint: { 'line-color': stateColor('selectedLine', PALETTE.selected), 'line-width': stateNumber('selectedWidth', 3.5) },
    },
  ];
}

export function regionLabelLayer(lang: 'en' | 'uk', visibleIds: string[]): LayerSpecification {
  return {
    id: REGION_LABELS,
    type: 'symbol',
    ...fromTiles(SOURCE_LAYER.points),
    filter: inIds(visibleIds),
    layout: {
      'text-field': localName(lang),
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-max-width': 7,
      'text-optional': true,
      // Centred when there is room; moved just beside its point when a marker (placed before it) or
      // another name is there, rather than drawn under the marker or left out.
      'text-variable-anchor': ['center', 'bottom', 'top', 'right', 'left'],
      'text-radial-offset': 0.8,
      // The mission's oblasts are placed first, so at low zoom their names win over their neighbours'.
      'symbol-sort-key': ['match', ['get', 'id'], [...MISSION_REGIONS], 0, 1],
    },
    paint: { 'text-color': '#222222', 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4 },
  };
}
