// Scripts the bench installs in the page before any of its own code runs. They only observe.

/** Notes the moment the map container's data-state turns "ready" (or "error"), in page time. */
export function readinessProbe() {
  const bench = (window.__bench = { readyAt: null, errorAt: null });
  const check = () => {
    const map = document.querySelector('[data-testid="map"]');
    const state = map?.getAttribute('data-state');
    if (state === 'ready' && bench.readyAt === null) {
      bench.readyAt = performance.now();
      const probe = window.__probe;
      if (probe)
        bench.atReady = {
          frames: probe.framesTotal,
          firstFrameAt: probe.firstFrameAt,
          frameJsMs: probe.frameJsMs,
          gl: structuredClone(probe.gl),
        };
    }
    if (state === 'error' && bench.errorAt === null) bench.errorAt = performance.now();
    if (bench.readyAt !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

/**
 * Interaction probes, for the app page only (never during the time-to-ready runs):
 * - map frames: MapLibre clears its canvas once at the start of every frame it draws, so wrapping
 *   WebGL's clear() tells when the map drew, without reaching into the map object;
 * - popup: from the Enter keydown to the first animation frame after a non-empty .maplibregl-popup is
 *   attached inside the viewport (the frame that paints it);
 * - toggle: from the checkbox's click event to the end of the first map frame drawn after it (a
 *   microtask queued from that frame's clear() runs once MapLibre's render callback has returned);
 * - import: from the file input's change event to a checkbox named after the file being in the DOM.
 */
export function interactionProbes() {
  const probe = (window.__probe = {
    frames: 0,
    lastFrameAt: 0,
    rafs: 0,
    counting: false,
    popup: null,
    toggle: null,
    importStart: null,
    importListed: null,
    importName: null,
    framesTotal: 0,
    firstFrameAt: null,
    frameJsMs: 0,
    gl: {},
  });
  let frameToken = 0;
  let countedToken = -1;
  const tick = () => {
    frameToken++;
    if (probe.counting) probe.rafs++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  for (const proto of [globalThis.WebGL2RenderingContext?.prototype, globalThis.WebGLRenderingContext?.prototype]) {
    if (!proto) continue;
    // Where a frame's main-thread time goes: shader programs (compiled and linked on first use, and the
    // main thread waits for the GPU process when it asks for the result) and uploads of buffers and textures.
    for (const name of [
      'linkProgram',
      'getProgramParameter',
      'getShaderParameter',
      'compileShader',
      'bufferData',
      'bufferSubData',
      'texImage2D',
      'texSubImage2D',
      'readPixels',
      'getError',
    ]) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        const start = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const entry = (probe.gl[name] ??= { calls: 0, ms: 0 });
          entry.calls++;
          entry.ms += performance.now() - start;
        }
      };
    }
    const clear = proto.clear;
    proto.clear = function (mask) {
      const now = performance.now();
      probe.lastFrameAt = now;
      if (countedToken !== frameToken) {
        countedToken = frameToken;
        if (probe.counting) probe.frames++;
        probe.framesTotal++;
        if (probe.firstFrameAt === null) probe.firstFrameAt = now;
        // Runs once MapLibre's render callback has returned: the main-thread cost of this frame.
        queueMicrotask(() => {
          probe.frameJsMs += performance.now() - now;
        });
      }
      const toggle = probe.toggle;
      if (toggle && toggle.start !== null && toggle.end === null && now >= toggle.start) {
        queueMicrotask(() => {
          if (toggle.end === null) toggle.end = performance.now();
        });
      }
      return clear.call(this, mask);
    };
  }
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && probe.popup && probe.popup.start === null) probe.popup.start = performance.now();
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (probe.toggle && probe.toggle.start === null && target instanceof HTMLInputElement && target.type === 'checkbox') {
        probe.toggle.start = performance.now();
      }
    },
    true,
  );
  document.addEventListener(
    'change',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'file' && probe.importName) probe.importStart = performance.now();
    },
    true,
  );
  const popupShown = () => {
    const popup = document.querySelector('.maplibregl-popup');
    if (!popup || !popup.textContent?.trim()) return false;
    const box = popup.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
  };
  const listed = (name) =>
    [...document.querySelectorAll('input[type="checkbox"]')].some(
      (input) =>
        input.getAttribute('aria-label') === name ||
        [...(input.labels ?? [])].some((label) => label.textContent?.trim() === name),
    );
  new MutationObserver(() => {
    const popup = probe.popup;
    if (popup && popup.start !== null && popup.attached === null && popupShown()) {
      popup.attached = performance.now();
      requestAnimationFrame(() => {
        popup.end = performance.now();
      });
    }
    if (probe.importName && probe.importStart !== null && probe.importListed === null && listed(probe.importName)) {
      probe.importListed = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
