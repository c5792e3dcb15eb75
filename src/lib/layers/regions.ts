// Region layers described as data: one fill, pattern and outline layer per mission oblast, shared ones for context.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PLACE_STATUS_STYLE, type PlaceStatus } from '../model/placeStatus';
import {
  CONTEXT_FILL, CONTEXT_LINE, CONTEXT_PATTERN, IMAGE, REGION_HOVER, REGION_LABELS, REGION_SELECTED,
  SOURCE, regionFillId, regionLineId, regionPatternId,
} from './ids';
import { PALETTE } from './palette';
import { byId, inIds, localName, matchById } from './expressions';

/** How a status is drawn: every status differs by more than colour (pattern, outline weight or dash). */
export interface RegionLook {
  fillColor: string;
  fillOpacity: number;
  patternImage: string | null;
  lineColor: string;
  lineWidth: number;
  lineDash: number[];
}

export function regionLook(status: PlaceStatus): RegionLook {
  const style = PLACE_STATUS_STYLE[status];
  const quiet = status === 'no-claims';
  return {
    fillColor: style.color,
    fillOpacity: quiet ? 0.12 : style.pattern === 'outline' ? 0.25 : 0.5,
    patternImage: style.pattern === 'hatch' ? IMAGE.hatch : style.pattern === 'dots' ? IMAGE.dots : null,
    lineColor: quiet ? PALETTE.regionLine : style.color,
    lineWidth: quiet ? 0.6 : style.pattern === 'outline' ? 2.4 : 1.4,
    lineDash: style.pattern === 'outline' ? [2, 1.5] : [1, 0],
  };
}


/** The three layers of one mission region, drawn as its claims' status says. */
export function missionRegionLayers(id: string, status: PlaceStatus): LayerSpecification[] {
  const look = regionLook(status);
  return [
    {
      id: regionFillId(id),
      type: 'fill',
      source: SOURCE.regions,
      filter: byId(id),
      paint: { 'fill-color': look.fillColor, 'fill-opacity': look.fillOpacity },
    },
    {
      id: regionPatternId(id),
      type: 'fill',
      source: SOURCE.regions,
      filter: byId(id),
      layout: { visibility: look.patternImage ? 'visible' : 'none' },
      paint: { 'fill-pattern': look.patternImage ?? IMAGE.hatch },
    },
    {
      id: regionLineId(id),
      type: 'line',
      source: SOURCE.regions,
      filter: byId(id),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': look.lineColor, 'line-width': look.lineWidth, 'line-dasharray': look.lineDash },
    },
  ];
}


export interface ContextPaint {
  fill: ExpressionSpecification;
  opacity: ExpressionSpecification;
  line: ExpressionSpecification;
  patternFilter: FilterSpecification;
  pattern: ExpressionSpecification;
}

/** Paint for all context regions at once, from their statuses; visible ids decide the filter. */
export function contextPaint(statuses: Record<string, PlaceStatus>, visibleIds: string[]): ContextPaint {
  const looks = Object.fromEntries(Object.entries(statuses).map(([id, s]) => [id, regionLook(s)]));
  const pick = <T extends string | number>(f: (l: RegionLook) => T) =>
    Object.fromEntries(Object.entries(looks).map(([id, l]) => [id, f(l)]));
  const patterned = visibleIds.filter((id) => looks[id]?.patternImage);
  return {
    fill: matchById(pick((l) => l.fillColor), PLACE_STATUS_STYLE['no-claims'].color),
    opacity: matchById(pick((l) => l.fillOpacity), 0.12),
    line: matchById(pick((l) => l.lineColor), PALETTE.regionLine),
    patternFilter: inIds(patterned),
    pattern: matchById(
      Object.fromEntries(patterned.map((id) => [id, looks[id].patternImage as string])),
      IMAGE.hatch,
    ),
  };
}

export function contextRegionLayers(
  statuses: Record<string, PlaceStatus>,
  visibleIds: string[],
): LayerSpecification[] {
  const paint = contextPaint(statuses, visibleIds);
  return [
    {
      id: CONTEXT_FILL,
      type: 'fill',
      source: SOURCE.regions,
      filter: inIds(visibleIds),
      paint: { 'fill-color': paint.fill, 'fill-opacity': paint.opacity },
    },
    {
      id: CONTEXT_PATTERN,
      type: 'fill',
      source: SOURCE.regions,
      filter: paint.patternFilter,
      paint: { 'fill-pattern': paint.pattern },
    },
    {
      id: CONTEXT_LINE,
      type: 'line',
      source: SOURCE.regions,
      filter: inIds(visibleIds),
      paint: { 'line-color': paint.line, 'line-width': 0.8 },
    },
  ];
}

/** Hover and selection outlines, above every region fill. */
export function regionHighlightLayers(): LayerSpecification[] {
  return [
    {
      id: REGION_HOVER,
      type: 'line',
      source: SOURCE.regions,
      paint: {
        'line-color': PALETTE.hover,
        'line-width': 2.5,
        'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.9, 0],
      },
    },
    {
      id: REGION_SELECTED,
      type: 'line',
      source: SOURCE.regions,
      filter: byId(''),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.selected, 'line-width': 3.5 },
    },
  ];
}

export function regionLabelLayer(lang: 'en' | 'uk', visibleIds: string[]): LayerSpecification {
  return {
    id: REGION_LABELS,
    type: 'symbol',
    source: SOURCE.regionLabels,
    filter: inIds(visibleIds),
    layout: {
      'text-field': localName(lang),
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 7, 14],
      'text-max-width': 7,
      'text-optional': true,
    },
    paint: { 'text-color': '#222222', 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4 },
  };
}

