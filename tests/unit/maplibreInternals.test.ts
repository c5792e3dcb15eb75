// MapLibre internals (src/lib/map/internals): pinned to the version they were checked against, fenced by shape, and the first frame's pass without draws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKED_MAPLIBRE_VERSION, PATCHES, requestedPatches, unfitReason } from '../../src/lib/map/internals';
import { renderLinkedFirst } from '../../src/lib/map/internals/linkBeforeDraw';

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
  const gl = Object.create({ drawElements() {}, clear() {} });
  return {
    painter: {
      render(_style: unknown, _transform: unknown, _data: unknown) {},
      context: { gl },
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
    expect(unfitReason(CHECKED_MAPLIBRE_VERSION, fakeMap({ context: {} }))).toMatch(/gl/);
    const shadowed = fakeMap();
    (shadowed.painter.context.gl as Record<string, unknown>).clear = () => {};
    expect(unfitReason(CHECKED_MAPLIBRE_VERSION, shadowed)).toMatch(/clear/);
    expect(unfitReason(CHECKED_MAPLIBRE_VERSION, fakeMap({ drawFunctions: {} }))).toMatch(/sky/);
  });
});

describe('requestedPatches', () => {
  it('is every patch outside a test build, whatever the URL says', () => {
    expect([...requestedPatches('?internals=none')]).toEqual([...PATCHES]);
  });
});

/** A stand-in for a WebGL context that records the calls a frame makes through its prototype's methods. */
function recordingContext() {
  const calls: string[] = [];
  const proto = {
    linkProgram: () => calls.push('link'),
    bufferData: () => calls.push('upload'),
    drawElements: () => calls.push('draw'),
    clear: () => calls.push('clear'),
  };
  const gl = Object.create(proto) as WebGL2RenderingContext;
  const frame = () => {
    gl.clear(0);
    gl.bufferData(0, 0, 0);
    gl.linkProgram(null as unknown as WebGLProgram);
    gl.drawElements(0, 0, 0, 0);
  };
  return { gl, calls, frame };
}

describe('renderLinkedFirst', () => {
  it('runs the frame once without draws or clears, then once with them', () => {
    const { gl, calls, frame } = recordingContext();
    renderLinkedFirst(gl, frame);
    expect(calls).toEqual(['upload', 'link', 'clear', 'upload', 'link', 'draw']);
  });

  it('leaves the context drawing as before once it has run', () => {
    const { gl, calls, frame } = recordingContext();
    renderLinkedFirst(gl, frame);
    calls.length = 0;
    frame();
    expect(calls).toEqual(['clear', 'upload', 'link', 'draw']);
    expect(Object.keys(gl)).toEqual([]);
  });

  it('puts the draw calls back when the pass without them throws', () => {
    const { gl, calls } = recordingContext();
    expect(() =>
      renderLinkedFirst(gl, () => {
        throw new Error('context lost');
      }),
    ).toThrow('context lost');
    gl.drawElements(0, 0, 0, 0);
    gl.clear(0);
    expect(calls).toEqual(['draw', 'clear']);
  });
});
