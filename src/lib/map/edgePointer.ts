// Where a pointer toward a point outside the map goes: on the map's edge, on the line from its centre to the point.

export interface EdgePointer {
  /** Where the pointer's anchor sits, in the map's pixels. */
  x: number;
  y: number;
  /** Which part of the pointer sits on (x, y): 0 its left/top edge, 1 its right/bottom, so it stays inside. */
  alignX: number;
  alignY: number;
  /** The direction to the point, in degrees clockwise from east (CSS rotate). */
  angle: number;
}

/**
 * Room kept clear at the map's edges: its zoom buttons at the top right, the credits and scale bar at the
 * bottom right, and a little everywhere so the pointer never touches the edge.
 */
export const EDGE_INSET = { top: 78, bottom: 70, left: 8, right: 8 } as const;

/** The pointer toward `point` (map pixels), or null when the point is on the map (with a margin). */
export function edgePointer(point: { x: number; y: number }, width: number, height: number, margin = 4): EdgePointer | null {
  const inside = point.x >= margin && point.x <= width - margin && point.y >= margin && point.y <= height - margin;
  if (inside || !Number.isFinite(point.x) || !Number.isFinite(point.y)) return null;
  const left = EDGE_INSET.left;
  const right = Math.max(left + 1, width - EDGE_INSET.right);
  const top = EDGE_INSET.top;
  const bottom = Math.max(top + 1, height - EDGE_INSET.bottom);
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const dx = point.x - cx;
  const dy = point.y - cy;
  // The smallest step along the ray from the centre that reaches a side of the inset box.
  const steps = [
    dx > 0 ? (right - cx) / dx : dx < 0 ? (left - cx) / dx : Infinity,
    dy > 0 ? (bottom - cy) / dy : dy < 0 ? (top - cy) / dy : Infinity,
  ];
  const t = Math.min(...steps);
  const x = cx + dx * t;
  const y = cy + dy * t;
  return {
    x,
    y,
    alignX: (x - left) / (right - left),
    alignY: (y - top) / (bottom - top),
    angle: (Math.atan2(dy, dx) * 180) / Math.PI,
  };
}
