// MapLibre internals (src/lib/map/internals): pinned to the version they were checked against, and fenced by shape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  CHECKED_MAPLIBRE_VERSION,
  PATCHES,
  applyInternals,
  requestedPatches,
  unfitReason,
  type Patch,
} from '../../src/lib/map/internals';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('the maplibre-gl the patches were checked against', () => {
  it('is the one installed: a different version means going through docs/maplibre-internals.md first', () => {
    expect(readJson('node_modules/maplibre-gl/package.json').version).toBe(CHECKED_MAPLIBRE_VERSION);
  });

  it('is the exact version package.json pins', () => {
    expect(readJson('package.json').dependencies['maplibre-gl']).toBe(CHECKED_MAPLIBRE_VERSION);
  });
});

/** A stand-in for the parts of a map the fence looks at. */
function fakeMap(overrides: Record<string, unknown> = {}) {
  return {
    painter: {
      render(_style: unknown, _transform: unknown, _data: unknown) {},
      drawFunctions: { sky() {} },
      ...overrides,
    },
  };
}

describe('unfitReason', () => {
  it('lets the patches on for the checked version and shape', () => {
    expect(unfitReason(CHECKED_MAPLIBRE_VERSION, fakeMap())).toBeNull();
  });

  it('keeps them off for any other version', () => {
    expect(unfitReason('6.17.1', fakeMap())).toMatch(/6\.17\.1/);
  });

  it('keeps them off when the painter is not the shape it was read in', () => {
    expect(unfitReason(CHECKED_MAPLIBRE_VERSION, {})).toMatch(/painter/);
    expect(unfitReason(CHECKED_MAPLIBRE_VERSION, fakeMap({ render(_style: unknown, _data: unknown) {} }))).toMatch(/2 arguments/);
    expect(unfitReason(CHECKED_MAPLIBRE_VERSION, fakeMap({ drawFunctions: {} }))).toMatch(/sky/);
  });
});

describe('requestedPatches', () => {
  it('is every patch outside a test build, whatever the URL says', () => {
    expect([...requestedPatches('?internals=none')]).toEqual([...PATCHES]);
  });
});

/** A stand-in map whose painter records the frame data of every frame it really draws. */
function recordingMap() {
  const drawn: Record<string, unknown>[] = [];
  const listeners = new Map<string, () => void>();
  const map = {
    painter: {
      render(_style: unknown, _transform: unknown, data: Record<string, unknown>) {
        drawn.push(data);
      },
      drawFunctions: { sky() {} },
    },
    on: (type: string, listener: () => void) => listeners.set(type, listener),
    off: (type: string) => listeners.delete(type),
  };
  const patch = (wanted: Patch[]) => applyInternals(map as unknown as MapLibreMap, new Set(wanted));
  const frame = (loaded: boolean) => map.painter.render({ loaded: () => loaded }, {}, { sky: { color: 'x' }, moving: false });
  return { drawn, listeners, patch, frame };
}

describe('applyInternals', () => {
  it('holds every frame back until the style has loaded, then draws each one', () => {
    const { drawn, patch, frame } = recordingMap();
    expect(patch(['hold'])).toEqual(['hold']);
    frame(false);
    frame(false);
    expect(drawn).toHaveLength(0);
    frame(true);
    frame(false);
    expect(drawn).toHaveLength(2);
  });

  it('ends the hold on a map error, so a failing source never keeps the map blank', () => {
    const { drawn, listeners, patch, frame } = recordingMap();
    patch(['hold']);
    listeners.get('error')!();
    frame(false);
    expect(drawn).toHaveLength(1);
    expect(listeners.has('error')).toBe(false);
  });

  it('hands the painter each frame without its sky, and leaves the rest of the frame data alone', () => {
    const { drawn, patch, frame } = recordingMap();
    expect(patch(['sky'])).toEqual(['sky']);
    frame(false);
    expect(drawn).toEqual([{ sky: undefined, moving: false }]);
  });

  it('applies nothing when asked for nothing', () => {
    const { drawn, patch, frame } = recordingMap();
    expect(patch([])).toEqual([]);
    frame(false);
    expect(drawn).toEqual([{ sky: { color: 'x' }, moving: false }]);
  });
});
