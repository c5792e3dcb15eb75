// Where the place card may sit: the map's free area (clear of its controls) and the pan that brings a popup into it.

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
