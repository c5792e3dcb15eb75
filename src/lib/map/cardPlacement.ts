// Where the place card may sit: the map's free area (clear of its controls) and the pan that brings a popup into it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { reducedMotion } from './view';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap kept between a popup and the map's edges or controls, in CSS pixels. */
export const CARD_MARGIN = 8;

/**
 * The part of the map a popup may cover: the whole map less a margin, less the column of the
 * top-right controls (zoom buttons) and the band of the bottom-right ones (scale bar, credits).
 * All boxes are in the map container's own coordinates.
 */
export function freeArea(width: number, height: number, topRight: Box | null, bottomRight: Box | null): Box {
  return {
    left: CARD_MARGIN,
    top: CARD_MARGIN,
    right: width - CARD_MARGIN - (topRight ? Math.max(0, width - topRight.left) : 0),
    bottom: height - CARD_MARGIN - (bottomRight ? Math.max(0, height - bottomRight.top) : 0),
  };
}

/**
 * How far to move `box` so that it lies inside `area`: along each axis the least move that fits it,
 * and when it is larger than the area, the move that puts its top (or left) edge at the area's, so the
 * card's name and close control stay in view.
 */
export function nudgeInto(box: Box, area: Box): { dx: number; dy: number } {
  const axis = (lo: number, hi: number, min: number, max: number): number => {
    if (hi - lo > max - min || lo < min) return min - lo;
    if (hi > max) return max - hi;
    return 0;
  };
  return { dx: axis(box.left, box.right, area.left, area.right), dy: axis(box.top, box.bottom, area.top, area.bottom) };
}

/** A box of the map container's own coordinates from an element's place on the page. */
export function boxIn(container: HTMLElement, el: Element | null): Box | null {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  const c = container.getBoundingClientRect();
  return { left: r.left - c.left, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top };
}

/** The part of the map a popup may cover: clear of the zoom buttons, the scale bar and the credits. */
export function popupArea(container: HTMLElement): Box {
  return freeArea(
    container.clientWidth,
    container.clientHeight,
    boxIn(container, container.querySelector('.maplibregl-ctrl-top-right')),
    boxIn(container, container.querySelector('.maplibregl-ctrl-bottom-right')),
  );
}

/** The popup's size limits for the free area: it can always be moved wholly into it. */
export function popupLayout(container: HTMLElement, anchor: 'left' | 'top' | undefined) {
  const area = popupArea(container);
  const tip = 10;
  return {
    anchor,
    maxWidth: Math.min(400, area.right - area.left - (anchor === 'left' ? tip : 0)),
    // Less the tip and the popup's own padding (0.7rem + 0.6rem) around the card's scrolling box.
    maxHeight: area.bottom - area.top - (anchor === 'left' ? 0 : tip) - 26,
  };
}

/** Pans the map, and a popup with it, until the popup lies wholly in the map's free area. */
export function keepPopupInside(map: MapLibreMap, container: HTMLElement, popupElement: HTMLElement | undefined): void {
  const box = popupElement ? boxIn(container, popupElement) : null;
  if (!box) return;
  const { dx, dy } = nudgeInto(box, popupArea(container));
  if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
  map.panBy([-dx, -dy], { duration: reducedMotion() ? 0 : 250 });
}
