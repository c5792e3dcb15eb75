// Startup-bytes budget: what a first visit fetches, gzipped, stays within 1.30 × MapLibre's own floor.
// Bytes are stable from run to run, so they are checked here; times vary and stay in `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClaims } from '../../scripts/lib/read-geodata.ts';
import { FIRST_VIEW_TILE_ZOOM, ROOT, STARTUP_BYTES_GOAL, maplibreFloor, staticStartupSet } from '../../scripts/bench/bytes.mjs';

interface Sized {
  file: string;
  raw: number;
  gzip: number;
}
interface Totals {
  files: Sized[];
  raw: number;
  gzip: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('startup bytes budget', () => {
  // A build of its own in a temporary folder: dist/ may be stale or absent (unit tests run before the
  // build in `npm test`), and other work may be using it.
  let outDir = '';
  let startup: Totals & { lazy: string[] };
  let floor: Totals & { version: string };

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'situation-viewer-budget-'));
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    startup = staticStartupSet(outDir);
    floor = maplibreFloor(ROOT);
    const lines = [...startup.files].sort((a, b) => b.gzip - a.gzip).map((f) => `  ${kb(f.gzip).padStart(10)}  ${f.file}`);
    console.log(
      [
        `startup bytes (gzip level 9): ${kb(startup.gzip)} against MapLibre ${floor.version}'s floor ${kb(floor.gzip)}` +
          ` = ${(startup.gzip / floor.gzip).toFixed(3)} (goal <= ${STARTUP_BYTES_GOAL})`,
        ...lines,
        startup.lazy.length ? `  not at startup: ${startup.lazy.join(', ')}` : '',
      ].join('\n'),
    );
  }, 180_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('counts the entry chunk, its CSS, MapLibre’s worker and the first view’s vector tiles and glyphs', () => {
    const names = startup.files.map((f) => f.file);
    const firstViewTile = new RegExp(`^tiles/${FIRST_VIEW_TILE_ZOOM}/\\d+/\\d+\\.pbf$`);
    expect(names.filter((n) => firstViewTile.test(n)).length).toBeGreaterThan(0);
    expect(names.filter((n) => /^glyphs\/[^/]+\/0-255\.pbf$/.test(n)).length).toBe(1);
    expect(names.some((n) => n.endsWith('.geojson'))).toBe(false);
    expect(names).toContain('index.html');
    expect(names.some((n) => /^assets\/.+\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /^assets\/.+\.css$/.test(n))).toBe(true);
    expect(names.some((n) => /maplibre-gl-worker/.test(n))).toBe(true);
    // The claims index colours the first view; no shard, article or search index is fetched at start.
    expect(names).toContain('data/index.json');
    expect(names.filter((n) => n.startsWith('data/'))).toEqual(['data/index.json']);
    // The floor itself is sane: MapLibre 6's main module, worker and CSS are some 450 KB gzipped.
    expect(floor.gzip).toBeGreaterThan(300 * 1024);
    expect(floor.gzip).toBeLessThan(700 * 1024);
  });

  it('ships no claim text in the JavaScript: quotes and summaries reach the page only as data files', () => {
    const claims = readClaims(join(ROOT, 'geodata'));
    const scripts = readdirSync(join(outDir, 'assets'))
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    expect(claims.length).toBeGreaterThan(0);
    const inScripts = claims.filter((c) => scripts.includes(c.quote) || scripts.includes(c.summary));
    expect(inScripts.map((c) => c.quote.slice(0, 60))).toEqual([]);
  });

  it('ships no test hooks: window.situationViewer and ?internals= exist only in test builds (npm run build:test)', () => {
    const scripts = readdirSync(join(outDir, 'assets'))
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    expect(scripts).toContain('MapLibre internals left alone');
    expect(scripts).not.toContain('situationViewer');
    expect(scripts).not.toMatch(/get\([`'"]internals[`'"]\)/);
  });

  it(`stays within ${STARTUP_BYTES_GOAL} × MapLibre's floor`, () => {
    const ratio = startup.gzip / floor.gzip;
    expect(
      ratio,
      `startup is ${kb(startup.gzip)} gzipped, ${ratio.toFixed(3)} × the floor of ${kb(floor.gzip)}; the largest files: ` +
        [...startup.files]
          .sort((a, b) => b.gzip - a.gzip)
          .slice(0, 5)
          .map((f) => `${f.file} ${kb(f.gzip)}`)
          .join(', '),
    ).toBeLessThanOrEqual(STARTUP_BYTES_GOAL);
  });
});
