// Driving the page as a reader does, for the benches: wait until it is quiet, drag the map and count its frames, find the file input.
import { round } from './stats.mjs';

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Waits until the map has drawn nothing for `quietMs` and the page's own frames come promptly again
 * (five animation frames in a row less than 50 ms apart). Without the second half, paint left over
 * from the previous step (the Escape that closed a popup, the focus ring of the next button) was still
 * keeping a software GPU busy when the next key was pressed, and its cost was counted in the next sample.
 */
export async function waitQuiet(page, quietMs = 400, timeout = 20_000) {
  await page.waitForFunction((quiet) => performance.now() - window.__probe.lastFrameAt > quiet, quietMs, {
    timeout,
    polling: 100,
  });
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        let prompt = 0;
        const step = (now) => {
          prompt = now - last < 50 ? prompt + 1 : 0;
          last = now;
          if (prompt >= 5) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
        // A page that never settles is measured as it is rather than hanging the bench.
        setTimeout(resolve, 5_000);
      }),
  );
}

/** A point on the map canvas, not under a panel, as near the middle of Ukraine as possible. */
async function panPoint(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="map"] canvas');
    const rect = canvas.getBoundingClientRect();
    const projected = window.situationViewer?.project?.(31.5, 48.5);
    const target = projected
      ? { x: rect.left + projected.x, y: rect.top + projected.y }
      : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    let best = null;
    for (let x = rect.left + 200; x < rect.right - 200; x += 20) {
      for (let y = rect.top + 100; y < rect.bottom - 100; y += 20) {
        if (document.elementFromPoint(x, y) !== canvas) continue;
        const d = Math.hypot(x - target.x, y - target.y);
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    return best ? { x: best.x, y: best.y } : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

/** Drags the map back and forth for `seconds`, counting the frames the map draws (and rAF callbacks). */
export async function panFps(page, seconds) {
  const point = await panPoint(page);
  await page.mouse.move(point.x, point.y);
  await waitQuiet(page);
  await page.evaluate(() => {
    const p = window.__probe;
    p.frames = 0;
    p.rafs = 0;
    p.panStart = performance.now();
    p.counting = true;
  });
  await page.mouse.down();
  const start = Date.now();
  let moves = 0;
  while (Date.now() - start < seconds * 1000) {
    const t = (Date.now() - start) / 1000;
    const before = Date.now();
    await page.mouse.move(point.x + 160 * Math.sin(Math.PI * t), point.y + 60 * Math.sin(2 * Math.PI * t));
    moves++;
    const spent = Date.now() - before;
    if (spent < 8) await sleep(8 - spent);
  }
  await page.mouse.up();
  const result = await page.evaluate(() => {
    const p = window.__probe;
    p.counting = false;
    return { frames: p.frames, rafs: p.rafs, ms: performance.now() - p.panStart };
  });
  await waitQuiet(page, 400, 60_000);
  return {
    fps: round(result.frames / (result.ms / 1000)),
    rafFps: round(result.rafs / (result.ms / 1000)),
    seconds: round(result.ms / 1000, 2),
    moves,
  };
}

export async function findImportInput(page) {
  const candidates = page.getByLabel('Import GeoJSON', { exact: true });
  const count = await candidates.count();
  for (let i = 0; i < count; i++) {
    const candidate = candidates.nth(i);
    if (await candidate.evaluate((el) => el instanceof HTMLInputElement && el.type === 'file')) return candidate;
  }
  return null;
}
