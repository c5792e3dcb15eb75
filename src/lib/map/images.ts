// Pattern and icon images drawn in code, so the style needs no sprite file and no network.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { IMAGE } from '../layers/ids';
import { MARKER, PATTERN_INK } from '../layers/theme';

const RATIO = 2;

function pixels(size: number, paint: (x: number, y: number) => readonly number[] | null) {
  const n = size * RATIO;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const rgba = paint(x / RATIO, y / RATIO);
      if (rgba) data.set(rgba, (y * n + x) * 4);
    }
  }
  return { width: n, height: n, data };
}

/** Diagonal stripes: the "disputed" signal that does not rely on colour. */
const hatch = () => pixels(8, (x, y) => ((x + y) % 8 < 1.6 ? PATTERN_INK.hatch : null));

/** A dot grid: the "advance claimed" signal. */
const dots = () =>
  pixels(8, (x, y) => {
    const dx = (x % 8) - 4;
    const dy = (y % 8) - 4;
    return dx * dx + dy * dy < 1.8 ? PATTERN_INK.dots : null;
  });

/** Level lines: the "attack or build-up reported" signal, unlike the dots of an advance. */
const lines = () => pixels(8, (_x, y) => (y % 4 < 0.9 ? PATTERN_INK.lines : null));

/** "#rrggbb" as opaque RGBA bytes. */
const rgba = (hex: string): [number, number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  255,
];

/** An eight-pointed burst with a white rim: the strike-site symbol. */
const strike = () => {
  const ink = rgba(MARKER.strike);
  const mid = MARKER.strikeRadius;
  return pixels(2 * mid, (x, y) => {
    const dx = x - mid;
    const dy = y - mid;
    const r = Math.hypot(dx, dy);
    const spike = 7 + 5 * Math.pow(Math.abs(Math.cos(4 * Math.atan2(dy, dx))), 6);
    if (r < spike - 1.6) return ink;
    if (r < spike) return [255, 255, 255, 255];
    return null;
  });
};

/**
 * The ringed dot of a named place: a white disc inside a ring of the marker colour, with soft edges
 * (each pixel sampled 4 × 4 times), as MapLibre drew the circle this replaced.
 */
const ring = () => {
  const { radius, width, color, fill } = MARKER.ring;
  const outer = radius + width;
  // One pixel of room round the ring for its soft edge (sites.ts keeps labels clear of all of it).
  const size = Math.ceil(outer * 2) + 2;
  const mid = size / 2;
  const ink = rgba(color);
  const white = rgba(fill);
  const step = 1 / (4 * RATIO);
  return pixels(size, (x, y) => {
    let inFill = 0;
    let inRing = 0;
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        const r = Math.hypot(x + (i + 0.5) * step - mid, y + (j + 0.5) * step - mid);
        if (r < radius) inFill += 1;
        else if (r < outer) inRing += 1;
      }
    }
    const n = inFill + inRing;
    if (n === 0) return null;
    const mix = (k: number) => Math.round((white[k] * inFill + ink[k] * inRing) / n);
    return [mix(0), mix(1), mix(2), Math.round((255 * n) / 16)];
  });
};

const makers: Record<string, () => { width: number; height: number; data: Uint8Array }> = {
  [IMAGE.hatch]: hatch,
  [IMAGE.dots]: dots,
  [IMAGE.lines]: lines,
  [IMAGE.strike]: strike,
  [IMAGE.ring]: ring,
};

/** Draws an image the style asks for, the first time it is asked for, before that frame is built. */
export function provideImages(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const make = makers[id];
    if (make && !map.hasImage(id)) map.addImage(id, make(), { pixelRatio: RATIO });
  });
}
