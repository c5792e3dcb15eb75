// Byte accounting shared by the bench and the budget test: gzip sizes, MapLibre's floor, the app's static startup set.
import { gzipSync, constants } from 'node:zlib';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every size in the bench and the budget is gzip at level 9 (what a static host precompresses with). */
export const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/** The goal: startup bytes at most 1.30 × MapLibre's own floor. */
export const STARTUP_BYTES_GOAL = 1.3;

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: GZIP_LEVEL }).length;
}

/** MapLibre's floor as shipped in its package: main module, worker and CSS, each gzipped. */
export function maplibreFloor(root = ROOT) {
  const dist = join(root, 'node_modules/maplibre-gl/dist');
  const files = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].map((name) => {
    const body = readFileSync(join(dist, name));
    return { file: `node_modules/maplibre-gl/dist/${name}`, raw: body.length, gzip: gzipSize(body) };
  });
  const version = JSON.parse(readFileSync(join(root, 'node_modules/maplibre-gl/package.json'), 'utf8')).version;
  return { version, files, raw: sum(files, 'raw'), gzip: sum(files, 'gzip') };
}

function sum(list, key) {
  return list.reduce((total, item) => total + item[key], 0);
}

/**
 * The zoom of the vector tiles the first view draws from at the bench's 1400 × 900 viewport: the map
 * fits the mission's places at zoom 4.4, and the tileset has nine tiles at zoom 4, all in view. A
 * browser test (tests/e2e/viewer.spec.ts) checks that these are exactly the tiles the page fetches.
 */
export const FIRST_VIEW_TILE_ZOOM = 4;

/** The built site's tiles at one zoom, as paths relative to the site (`tiles/4/9/5.pbf`). */
export function tilesAtZoom(outDir, zoom) {
  const dir = join(outDir, 'tiles', String(zoom));
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((x) => readdirSync(join(dir, x)).map((y) => posix.join('tiles', String(zoom), x, y)));
}

/**
 * The label glyph ranges the first view loads, as paths relative to the site: its labels are in
 * English, which needs only the Latin range (codepoints 0–255) of each font stack in `glyphs/`. The
 * same browser test checks these against what the page fetches.
 */
export function firstViewGlyphs(outDir) {
  const dir = join(outDir, 'glyphs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((stack) => existsSync(join(dir, stack, '0-255.pbf')))
    .map((stack) => posix.join('glyphs', stack, '0-255.pbf'));
}

/**
 * What a first visit fetches, read from a Vite build with a manifest (`vite build --manifest`):
 * index.html, the entry chunk and its static imports, their CSS, the files those chunks reference by
 * URL (MapLibre's worker), and the vector tiles and label glyphs of the first view. Lazy chunks are
 * left out. So are other web workers (the import parser): a chunk names them by URL, but they are
 * fetched only when someone imports a file.
 */
export function staticStartupSet(outDir) {
  const manifestPath = join(outDir, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with --manifest`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error('the manifest names no entry chunk');
  const files = new Set(['index.html']);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const asset of chunk.assets ?? []) {
      const name = posix.basename(asset);
      const isWorker = /worker/i.test(name);
      if (isWorker && !name.startsWith('maplibre-gl-worker')) continue;
      files.add(asset);
    }
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  for (const tile of tilesAtZoom(outDir, FIRST_VIEW_TILE_ZOOM)) files.add(tile);
  for (const range of firstViewGlyphs(outDir)) files.add(range);
  // The claims index is fetched as the page starts (it colours the first view); shards come later.
  if (existsSync(join(outDir, 'data/index.json'))) files.add('data/index.json');
  const list = [...files].sort().map((file) => {
    const body = readFileSync(join(outDir, file));
    return { file, raw: body.length, gzip: gzipSize(body) };
  });
  const lazy = Object.values(manifest)
    .filter((chunk) => !files.has(chunk.file))
    .map((chunk) => chunk.file);
  return { files: list, raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), lazy };
}
