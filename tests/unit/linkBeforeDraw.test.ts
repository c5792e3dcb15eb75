// The first frame's pass without draws: which WebGL calls it leaves out, and that it always puts them back.
import { describe, expect, it } from 'vitest';
import { renderLinkedFirst } from '../../src/lib/map/linkBeforeDraw';

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
