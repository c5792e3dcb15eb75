// Runs a frame once without its draws, so every shader program it needs is linked before its first draw is queued (the `link` patch).

/**
 * The WebGL calls that put pixels in the canvas. MapLibre 6 draws only with drawElements and clears
 * with clear; everything else a frame does (uploads, program links, uniforms, state) stays.
 */
const PIXEL_CALLS = ['drawElements', 'clear'] as const;

/**
 * MapLibre links each shader program when a layer first needs it, in the middle of the frame, and
 * then asks whether the link succeeded. Chromium answers that question only once its GPU process has
 * carried out every command queued before it, so in the first frame each link waits for the draws of
 * all the layers before it: seven programs, 70–95 ms of the main thread waiting on a software GPU,
 * before the map can call itself drawn. Running the frame once with its draws and clears left out
 * uploads the buffers and links every program while nothing else is queued (7–9 ms of waiting); the
 * frame then runs for real and queues its draws without waiting on any of them.
 *
 * The pass without draws sets the same WebGL state the real one sets right after it, so nothing it
 * leaves behind differs from a normal frame. If it throws, the draw calls are put back first.
 */
export function renderLinkedFirst(gl: WebGLRenderingContext | WebGL2RenderingContext, render: () => void): void {
  // Own properties on this one context shadow the prototype's methods; deleting them restores those.
  const context = gl as unknown as Record<string, unknown>;
  for (const name of PIXEL_CALLS) context[name] = () => {};
  try {
    render();
  } finally {
    for (const name of PIXEL_CALLS) delete context[name];
  }
  render();
}
