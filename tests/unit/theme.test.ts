// The one theme: status looks tell statuses apart by more than colour, and colours stay apart for colour-blind readers.
import { describe, expect, it } from 'vitest';
import { PLACE_STATUSES, type PlaceStatus } from '../../src/lib/model/placeStatus';
import { STATUS_LOOK, SWATCH_MIX } from '../../src/lib/layers/theme';

// Machado, Oliveira and Fernandes (2009), full severity: linear-RGB matrices simulating each deficiency.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => {
  const v = Math.min(1, Math.max(0, c));
  return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
};

/** The swatch as drawn (status colour mixed with white), through a simulation, in CIELAB. */
function seen(hex: string, matrix: number[][]): [number, number, number] {
  const mixed = [1, 3, 5].map(
    (i) => (SWATCH_MIX.filled * parseInt(hex.slice(i, i + 2), 16) + (1 - SWATCH_MIX.filled) * 255) / 255,
  );
  const lin = mixed.map(toLinear);
  const sim = matrix.map((row) => toLinear(toSrgb(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])));
  const [x, y, z] = [
    (0.4124 * sim[0] + 0.3576 * sim[1] + 0.1805 * sim[2]) / 0.95047,
    0.2126 * sim[0] + 0.7152 * sim[1] + 0.0722 * sim[2],
    (0.0193 * sim[0] + 0.1192 * sim[1] + 0.9505 * sim[2]) / 1.08883,
  ];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: string, b: string, m: number[][]) => {
  const [p, q] = [seen(a, m), seen(b, m)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('theme', () => {
  it('tells "Advances claimed" from "Attack or build-up reported" by pattern and, for every reader, by colour', () => {
    const advance = STATUS_LOOK['advance-claimed'];
    const attack = STATUS_LOOK['attack-reported'];
    expect(advance.pattern).not.toBe(attack.pattern);
    for (const [name, m] of Object.entries(SIMULATIONS)) {
      expect(deltaE(advance.color, attack.color, m), name).toBeGreaterThanOrEqual(20);
    }
  });

  it('keeps statuses drawn with the same pattern apart in colour under every simulation', () => {
    const pairs: [PlaceStatus, PlaceStatus][] = [];
    for (const a of PLACE_STATUSES) {
      for (const b of PLACE_STATUSES) {
        if (a < b && STATUS_LOOK[a].pattern === STATUS_LOOK[b].pattern && STATUS_LOOK[a].pattern !== 'none') pairs.push([a, b]);
      }
    }
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b] of pairs) {
      for (const [name, m] of Object.entries(SIMULATIONS)) {
        expect(deltaE(STATUS_LOOK[a].color, STATUS_LOOK[b].color, m), `${a} / ${b} (${name})`).toBeGreaterThanOrEqual(12);
      }
    }
  });
});
