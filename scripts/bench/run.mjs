// `npm run bench`: the built viewer against a bare MapLibre page in headless Chromium, as ratios; see docs/performance.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { GZIP_LEVEL, ROOT, STARTUP_BYTES_GOAL, gzipSize, maplibreFloor } from './bytes.mjs';
import { serve } from './server.mjs';
import { median, round } from './stats.mjs';
import { writePoints } from './points.mjs';
import { interactionProbes, readinessProbe } from './page-hooks.mjs';
import { findImportInput, panFps, waitQuiet } from './interact.mjs';

const GOALS = {
  startupBytesRatio: STARTUP_BYTES_GOAL,
  readyRatio: 2.0,
  popupMs: 150,
  toggleMs: 50,
  importListedMs: 4000,
  panFpsRatio: 0.6,
  heapMB: 300,
};

const HELP = `Usage: npm run bench -- [options]
  --runs N        time-to-ready runs per page (app and bare, alternated; default 7, at least 5)
  --build         rebuild the site even if it looks current
  --site DIR      build and serve the site from DIR instead of dist/ (leaves dist/ alone)
  --no-import     skip the 100,000-point import
  --pan-seconds S seconds of panning per frame-rate sample (default 3)
  --chromium PATH Chromium binary (default /usr/bin/chromium, or $CHROMIUM_PATH)
  --variant QUERY A/B mode, given twice or more: alternated cold loads of the app with each query
                  (e.g. --variant internals=sky,hold --variant internals=hold), then
                  --pan-rounds rounds of panning per variant; no bare page, no import.
                  A variant dir:PATH is another built site (e.g. the same app before a change),
                  served beside the first and loaded with no query
  --pan-rounds N  pan samples per variant in A/B mode (default 5)
  --corpus N      a synthetic corpus of N claims over N/25 articles (scratch folder .bench/), its
                  data built into a copy of the test build and measured beside the shipped data:
                  startup bytes, time to ready, the heavy place's card, search, panel scrolling,
                  validate (see corpus-bench.mjs; --runs sets the loads per site)
  --files         a reader's own big files instead (files-bench.mjs): the 250,000-row CSV (listed,
                  panning while it is read and with its points) and assessments of control (a
                  6,000-vertex polygon's figure in a card, panning with it drawn, a 400-date series
                  imported and indexed); --runs sets the rounds (default here 3)

The site is the test build (npm run build:test): the bench reads window.situationViewer, and the
A/B queries (?internals=) are read only by test builds.`;

function parseArgs(argv) {
  const args = {
    runs: 7,
    build: false,
    site: 'dist',
    importPoints: true,
    panSeconds: 3,
    chromium: CHROMIUM_PATH,
    variants: [],
    panRounds: 5,
    corpus: null,
    files: false,
    runsGiven: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') {
      args.runs = Number(argv[++i]);
      args.runsGiven = true;
    } else if (a === '--files') args.files = true;
    else if (a === '--build') args.build = true;
    else if (a === '--site') args.site = argv[++i];
    else if (a === '--no-import') args.importPoints = false;
    else if (a === '--pan-seconds') args.panSeconds = Number(argv[++i]);
    else if (a === '--chromium') args.chromium = argv[++i];
    else if (a === '--variant') args.variants.push(argv[++i].replace(/^\?/, ''));
    else if (a === '--pan-rounds') args.panRounds = Number(argv[++i]);
    else if (a === '--corpus') args.corpus = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${HELP}`);
  }
  if (args.variants.length === 1) throw new Error('--variant: give two or more to compare');
  // Time-to-ready medians need at least 5 loads each; a files round takes minutes, 3 is its default.
  if (args.files) args.runs = args.runsGiven ? Math.max(1, args.runs) : 3;
  else args.runs = Math.max(5, args.runs);
  return args;
}

const BENCH_DIR = join(ROOT, '.bench');
const BARE_SRC = join(ROOT, 'scripts/bench/bare');
const BARE_OUT = join(BENCH_DIR, 'bare');
const LAUNCH_ARGS = CHROMIUM_ARGS;
const VIEWPORT = { width: 1400, height: 900 };

// ---------- build ----------

function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.startsWith('.')) visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
}

/** A test build (vite build --mode e2e) carries the test hooks; a production build has none. */
function isTestBuild(site) {
  const assets = join(site, 'assets');
  return (
    existsSync(assets) &&
    readdirSync(assets).some((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('situationViewer'))
  );
}

function ensureSite(site, force) {
  const sources = [
    'src',
    'geodata',
    'index.html',
    'vite.config.ts',
    'svelte.config.js',
    'package.json',
    'package-lock.json',
    '.env.e2e',
  ].map((p) => join(ROOT, p));
  const built = join(site, 'index.html');
  const stale = !existsSync(built) || statSync(built).mtimeMs < newestMtime(sources) || !isTestBuild(site);
  if (!force && !stale) return false;
  console.log(`bench: building the test build into ${relative(ROOT, site) || '.'}/ ...`);
  if (site === join(ROOT, 'dist')) run('npm', ['run', 'build:test', '--silent']);
  else run('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', site, '--emptyOutDir', '--logLevel', 'warn']);
  return true;
}

async function ensureBare(force) {
  const built = join(BARE_OUT, 'index.html');
  const sources = [BARE_SRC, join(ROOT, 'node_modules/maplibre-gl/package.json')];
  if (!force && existsSync(built) && statSync(built).mtimeMs >= newestMtime(sources)) return;
  console.log('bench: building the bare MapLibre page into .bench/bare/ ...');
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: BARE_SRC,
    base: './',
    logLevel: 'warn',
    build: { outDir: BARE_OUT, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  });
}

// ---------- helpers ----------

function chromiumVersion(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return (result.stdout || '').trim().split('\n').pop() || null;
}

function machine(browserVersion, chromiumPath) {
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  try {
    const release = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m);
    if (release) osName = `${release[1]} (${os.type()} ${os.release()})`;
  } catch {
    // No /etc/os-release (not Linux): the kernel's name and release stand for the system.
  }
  return {
    os: osName,
    arch: os.arch(),
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    chromium: chromiumVersion(chromiumPath) ?? `Chromium ${browserVersion}`,
    gpu: 'SwiftShader (software WebGL, headless)',
  };
}

// ---------- measurements ----------

/** Opens `url` in `page` and waits for the map's "ready" (or "error", which fails the run): the probe's record. */
async function loadUntilReady(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.readyAt !== null || window.__bench.errorAt !== null, null, {
    timeout: 90_000,
    polling: 100,
  });
  const probe = await page.evaluate(() => window.__bench);
  if (probe.readyAt === null) throw new Error(`${url}: the map reported data-state="error"`);
  return probe;
}

/** One cold load in a fresh context: time to data-state="ready" and every byte fetched until then. */
async function coldLoad(browser, server, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const fetched = [];
  context.on('response', (response) =>
    fetched.push({ url: response.url(), status: response.status(), startedAt: response.request().timing().startTime }),
  );
  const page = await context.newPage();
  await page.addInitScript(readinessProbe);
  try {
    const probe = await loadUntilReady(page, url);
    // Only requests started before the flip count; the driver hears of "ready" a little later than it happens.
    const readyEpochMs = await page.evaluate(() => performance.timeOrigin + window.__bench.readyAt);
    const files = [];
    const late = [];
    for (const { url: fileUrl, status, startedAt } of fetched.splice(0)) {
      if (!fileUrl.startsWith(server.url)) continue;
      if (startedAt > readyEpochMs) {
        late.push(fileUrl.slice(server.url.length));
        continue;
      }
      const path = server.fileFor(fileUrl);
      if (!path) {
        files.push({ url: fileUrl, status, raw: 0, gzip: 0, missing: true });
        continue;
      }
      const { raw, gzip } = sizeOf(path);
      files.push({ file: relative(ROOT, path), status, raw, gzip });
    }
    return {
      readyMs: probe.readyAt,
      files,
      late,
      raw: files.reduce((t, f) => t + f.raw, 0),
      gzip: files.reduce((t, f) => t + f.gzip, 0),
    };
  } finally {
    await context.close();
  }
}

const sizes = new Map();
function sizeOf(path) {
  const key = `${path}:${statSync(path).mtimeMs}`;
  if (!sizes.has(key)) {
    const body = readFileSync(path);
    sizes.set(key, { raw: body.length, gzip: gzipSize(body) });
  }
  return sizes.get(key);
}

/**
 * One extra cold load of a page with the frame probe and resource timing on, for the report's
 * breakdown of where the time to ready goes. Not part of the medians (the probe itself costs a little).
 */
async function profileLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(readinessProbe);
  await page.addInitScript(interactionProbes);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 90_000, polling: 100 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
    const probe = await page.evaluate(() => ({
      bench: window.__bench,
      resources: performance
        .getEntriesByType('resource')
        .filter((e) => !e.name.startsWith('data:'))
        .map((e) => ({ file: e.name.split('/').pop(), startMs: e.startTime, endMs: e.responseEnd })),
      domContentLoadedMs: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    }));
    return {
      readyMs: round(probe.bench.readyAt),
      domContentLoadedMs: round(probe.domContentLoadedMs),
      firstMapFrameMs: round(probe.bench.atReady?.firstFrameAt),
      mapFramesUntilReady: probe.bench.atReady?.frames ?? null,
      mapFrameMainThreadMs: round(probe.bench.atReady?.frameJsMs),
      webglCallsUntilReady: Object.fromEntries(
        Object.entries(probe.bench.atReady?.gl ?? {}).map(([name, v]) => [name, { calls: v.calls, ms: round(v.ms) }]),
      ),
      mainThreadTaskMs: metric('TaskDuration'),
      mainThreadScriptMs: metric('ScriptDuration'),
      mainThreadLayoutAndStyleMs: round(metric('LayoutDuration') + metric('RecalcStyleDuration')),
      resources: probe.resources.map((r) => ({ file: r.file, startMs: round(r.startMs), endMs: round(r.endMs) })),
      note: 'page time from navigation start; main-thread figures from CDP Performance.getMetrics at ready; frames counted by WebGL clear() calls',
    };
  } finally {
    await context.close();
  }
}

async function missionNames(page) {
  const panel = page.getByTestId('layer-panel');
  const names = (await panel.locator('ul').first().getByRole('button').allTextContents()).map((n) => n.trim()).filter(Boolean);
  return names.length ? names : ['Luhansk', 'Donetsk', 'Sumy', 'Kharkiv', 'Zaporizhzhia', 'Dnipropetrovsk'];
}

async function popupLatency(page, names, rounds) {
  const panel = page.getByTestId('layer-panel');
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const button = panel.getByRole('button', { name, exact: true });
      await button.focus();
      await waitQuiet(page);
      await page.evaluate(() => {
        window.__probe.popup = { start: null, attached: null, end: null };
      });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__probe.popup.end !== null, null, { timeout: 10_000, polling: 50 });
      const p = await page.evaluate(() => window.__probe.popup);
      samples.push({ place: name, ms: round(p.end - p.start), attachedMs: round(p.attached - p.start) });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.maplibregl-popup'), null, { timeout: 5_000, polling: 50 });
    }
  }
  return samples;
}

async function toggleLatency(page, names) {
  const panel = page.getByTestId('layer-panel');
  const samples = [];
  for (const name of names) {
    const box = panel.getByRole('checkbox', { name, exact: true });
    for (const action of ['hide', 'show']) {
      await waitQuiet(page);
      await page.evaluate(() => {
        window.__probe.toggle = { start: null, end: null };
      });
      await box.click();
      try {
        await page.waitForFunction(() => window.__probe.toggle.end !== null, null, { timeout: 5_000, polling: 50 });
        const t = await page.evaluate(() => window.__probe.toggle);
        samples.push({ place: name, action, ms: round(t.end - t.start) });
      } catch {
        samples.push({ place: name, action, ms: null, note: 'the map drew no frame within 5 s' });
      }
    }
  }
  return samples;
}

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  return used === null ? null : round(used / 2 ** 20, 1);
}

/** Memory of the page and its workers (MapLibre's and the import's), from Chromium's own accounting. */
async function pageMemoryMB(page) {
  return page.evaluate(async () => {
    if (!window.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
    const result = await performance.measureUserAgentSpecificMemory();
    const byScope = {};
    for (const entry of result.breakdown) {
      const scope = entry.attribution.map((a) => a.scope).join('+') || entry.types.join('+') || 'shared';
      byScope[scope] = (byScope[scope] ?? 0) + entry.bytes;
    }
    const mb = (b) => Math.round((b / 2 ** 20) * 10) / 10;
    return { totalMB: mb(result.bytes), byScope: Object.fromEntries(Object.entries(byScope).map(([k, v]) => [k, mb(v)])) };
  });
}

async function interactions(browser, server, args) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(readinessProbe);
  await page.addInitScript(interactionProbes);
  const out = { popup: null, toggle: null, import: null, pan: null };
  try {
    await page.goto(`${server.url}/app-isolated/`);
    await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 90_000, polling: 100 });
    await waitQuiet(page);
    const names = await missionNames(page);

    const popups = await popupLatency(page, names, 2);
    out.popup = { samples: popups, medianMs: round(median(popups.map((s) => s.ms))), goalMs: GOALS.popupMs };

    const toggles = await toggleLatency(page, names.slice(0, 5));
    out.toggle = { samples: toggles, medianMs: round(median(toggles.map((s) => s.ms))), goalMs: GOALS.toggleMs };

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const seconds = args.panSeconds;
    const baseline = [await panFps(page, seconds), await panFps(page, seconds), await panFps(page, seconds)];
    out.pan = { baseline, baselineFps: round(median(baseline.map((s) => s.fps))) };

    if (!args.importPoints) {
      out.import = { status: 'skipped (--no-import)' };
      return out;
    }
    const input = await findImportInput(page);
    if (!input) {
      out.import = { status: 'n/a (no file input)' };
      return out;
    }
    const heapBefore = await heapMB(cdp);
    const memoryBefore = await pageMemoryMB(page);
    const file = writePoints(join(BENCH_DIR, 'bench-100k.geojson'));
    const name = 'bench-100k';
    await page.evaluate((n) => {
      window.__probe.importName = n;
    }, name);
    const t0 = Date.now();
    await input.setInputFiles(file);
    const layer = page.getByTestId('layer-panel').getByRole('checkbox', { name, exact: true });
    try {
      await layer.waitFor({ state: 'attached', timeout: 120_000 });
    } catch {
      const alert = await page
        .getByRole('alert')
        .allTextContents()
        .catch(() => []);
      out.import = { status: `failed: no "${name}" checkbox within 120 s${alert.length ? ` (${alert.join(' / ')})` : ''}` };
      return out;
    }
    const nodeMs = Date.now() - t0;
    const p = await page.evaluate(() => window.__probe);
    const listedMs = p.importStart !== null && p.importListed !== null ? p.importListed - p.importStart : nodeMs;
    await waitQuiet(page, 500, 120_000);
    const settledMs = Date.now() - t0;
    const heapAfter = await heapMB(cdp);
    const memoryAfter = await pageMemoryMB(page);
    // With the layer and with it switched off, alternated, so drift in machine load falls on both alike.
    const withLayer = [];
    const layerOff = [];
    for (let n = 0; n < 3; n++) {
      withLayer.push(await panFps(page, seconds));
      await layer.uncheck();
      layerOff.push(await panFps(page, seconds));
      await layer.check();
    }
    const withFps = round(median(withLayer.map((s) => s.fps)));
    const offFps = round(median(layerOff.map((s) => s.fps)));
    out.import = {
      status: 'measured',
      file: relative(ROOT, file),
      fileMB: round(statSync(file).size / 2 ** 20, 1),
      listedMs: round(listedMs),
      listedMsSeenByDriver: nodeMs,
      drawnAndIdleMs: settledMs,
      goalListedMs: GOALS.importListedMs,
      heapBeforeMB: heapBefore,
      heapAfterMB: heapAfter,
      goalHeapMB: GOALS.heapMB,
      memoryWithWorkersBeforeMB: memoryBefore,
      memoryWithWorkersAfterMB: memoryAfter,
      heapNote:
        'heap*: main-thread JSHeapUsedSize after two forced GCs (CDP); memoryWithWorkers*: performance.measureUserAgentSpecificMemory() on the cross-origin-isolated copy, page plus its workers',
      pan: { withLayer, layerOff, withFps, layerOffFps: offFps, beforeImportFps: out.pan.baselineFps },
      panFpsRatio: round(withFps / offFps, 2),
      panFpsRatioBeforeImport: round(withFps / out.pan.baselineFps, 2),
      panNote:
        'panFpsRatio = median fps with the layer / median fps with its checkbox off, samples alternated, same camera. The import fits the view to the data (a closer view of Ukraine than the first view), so the before-import figure is of a different view and only a second reference',
      goalPanFpsRatio: GOALS.panFpsRatio,
    };
    return out;
  } finally {
    await context.close();
  }
}

// ---------- A/B of the app against itself ----------

/** The MapLibre internals patches the page's map runs with, from the test build's hooks. */
const pageInternals = (page) => page.evaluate(() => window.situationViewer?.internals ?? null);

/** What a variant's query asks for, to check against what the page applied (`internals=` only). */
function askedInternals(query) {
  if (query.startsWith('dir:')) return null;
  const asked = new URLSearchParams(query).get('internals');
  return asked === null ? null : asked === 'none' ? [] : asked.split(',');
}

/** One cold load of the app with `query`: time to ready, and the patches it ran with. */
async function variantLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(readinessProbe);
  try {
    const probe = await loadUntilReady(page, url);
    return { readyMs: probe.readyAt, internals: await pageInternals(page) };
  } finally {
    await context.close();
  }
}

function checkApplied(query, applied) {
  const asked = askedInternals(query);
  if (asked === null) return;
  if (applied === null) throw new Error('the site has no window.situationViewer: not a test build');
  const missing = asked.filter((p) => !applied.includes(p));
  if (missing.length || applied.some((p) => !asked.includes(p))) throw new Error(`?${query}: the page applied [${applied}]`);
}

/**
 * `--variant` mode: the same build loaded with each query in turn (the order rotating every run, so a
 * slow patch of machine time falls on all alike), then panning samples, alternated the same way.
 */
async function abMain(args, site) {
  const variants = args.variants;
  const mounts = { '/app/': site };
  variants.forEach((v, i) => {
    if (v.startsWith('dir:')) mounts[`/site${i}/`] = resolve(ROOT, v.slice(4));
  });
  const server = await serve(mounts);
  const browser = await chromium.launch({ executablePath: args.chromium, args: LAUNCH_ARGS, headless: true });
  const url = (query) =>
    query.startsWith('dir:') ? `${server.url}/site${variants.indexOf(query)}/` : `${server.url}/app/${query ? `?${query}` : ''}`;
  const loadBefore = os.loadavg();
  const started = Date.now();
  try {
    for (const query of variants) await variantLoad(browser, url(query));
    const ready = Object.fromEntries(variants.map((v) => [v, []]));
    for (let n = 0; n < args.runs; n++) {
      for (let k = 0; k < variants.length; k++) {
        const query = variants[(n + k) % variants.length];
        const result = await variantLoad(browser, url(query));
        checkApplied(query, result.internals);
        ready[query].push(round(result.readyMs));
        process.stdout.write(
          `bench ab: run ${n + 1}/${args.runs} ${query || '(none)'}: ready ${result.readyMs.toFixed(0)} ms [${result.internals}]\n`,
        );
      }
    }
    const pan = Object.fromEntries(variants.map((v) => [v, []]));
    for (let n = 0; n < args.panRounds; n++) {
      for (let k = 0; k < variants.length; k++) {
        const query = variants[(n + k) % variants.length];
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        await page.addInitScript(readinessProbe);
        await page.addInitScript(interactionProbes);
        try {
          await page.goto(url(query));
          await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 90_000, polling: 100 });
          checkApplied(query, await pageInternals(page));
          await waitQuiet(page);
          const sample = await panFps(page, args.panSeconds);
          pan[query].push(sample.fps);
          process.stdout.write(`bench ab: pan ${n + 1}/${args.panRounds} ${query || '(none)'}: ${sample.fps} fps\n`);
        } finally {
          await context.close();
        }
      }
    }
    const [base] = variants;
    const summary = variants.map((v) => ({
      variant: v,
      loads: ready[v].length,
      readyMedianMs: round(median(ready[v])),
      readyVsFirst: round(median(ready[v]) / median(ready[base]), 3),
      panSamples: pan[v].length,
      panMedianFps: round(median(pan[v])),
      panVsFirst: pan[v].length ? round(median(pan[v]) / median(pan[base]), 3) : null,
    }));
    console.log('\nvariant'.padEnd(32) + 'loads  ready median  vs first  pan fps  vs first');
    for (const s of summary) {
      console.log(
        `${(s.variant || '(none)').padEnd(31)} ${String(s.loads).padStart(5)}  ${String(s.readyMedianMs).padStart(9)} ms  ${String(s.readyVsFirst).padStart(8)}  ${String(s.panMedianFps).padStart(7)}  ${String(s.panVsFirst).padStart(8)}`,
      );
    }
    const results = {
      date: new Date().toISOString(),
      machine: machine(browser.version(), args.chromium),
      load: { before: loadBefore.map((v) => round(v, 2)), after: os.loadavg().map((v) => round(v, 2)) },
      setup: {
        runs: args.runs,
        panRounds: args.panRounds,
        panSeconds: args.panSeconds,
        site: relative(ROOT, site),
        note: 'same build, variants by URL query, order rotated every run',
      },
      summary,
      readyMs: ready,
      panFps: pan,
      seconds: round((Date.now() - started) / 1000, 0),
    };
    writeFileSync(join(BENCH_DIR, 'ab-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwrote .bench/ab-results.json');
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------- report ----------

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

function table(results) {
  const rows = [['measure', 'app', 'floor / bare', 'ratio or median', 'goal', '']];
  const b = results.startupBytes;
  rows.push([
    'startup bytes (gzip)',
    kb(b.appMedianGzip),
    kb(b.floor.gzip),
    b.ratio.toFixed(2),
    `<= ${GOALS.startupBytesRatio}`,
    verdict(b.ratio <= GOALS.startupBytesRatio),
  ]);
  const t = results.timeToReady;
  rows.push([
    'time to ready',
    `${t.appMedianMs} ms`,
    `${t.bareMedianMs} ms`,
    t.ratio.toFixed(2),
    `<= ${GOALS.readyRatio}`,
    verdict(t.ratio <= GOALS.readyRatio),
  ]);
  const i = results.interactions;
  rows.push([
    'popup latency',
    '',
    '',
    `${i.popup.medianMs} ms`,
    `<= ${GOALS.popupMs} ms`,
    verdict(i.popup.medianMs <= GOALS.popupMs),
  ]);
  rows.push([
    'layer toggle latency',
    '',
    '',
    `${i.toggle.medianMs} ms`,
    `<= ${GOALS.toggleMs} ms`,
    verdict(i.toggle.medianMs <= GOALS.toggleMs),
  ]);
  rows.push(['pan, no import', `${i.pan.baselineFps} fps`, '', '', '', '']);
  const imp = i.import;
  if (imp?.status === 'measured') {
    rows.push([
      '100k import: listed',
      '',
      '',
      `${(imp.listedMs / 1000).toFixed(2)} s`,
      `<= ${GOALS.importListedMs / 1000} s`,
      verdict(imp.listedMs <= GOALS.importListedMs),
    ]);
    rows.push([
      '100k import: pan fps',
      `${imp.pan.withFps} fps`,
      `${imp.pan.layerOffFps} fps (layer off)`,
      imp.panFpsRatio.toFixed(2),
      `>= ${GOALS.panFpsRatio}`,
      verdict(imp.panFpsRatio >= GOALS.panFpsRatio),
    ]);
    rows.push([
      '  before the import',
      '',
      `${i.pan.baselineFps} fps (first view)`,
      imp.panFpsRatioBeforeImport.toFixed(2),
      '',
      '',
    ]);
    rows.push([
      '100k import: JS heap',
      '',
      '',
      `${imp.heapAfterMB} MB`,
      `<= ${GOALS.heapMB} MB`,
      verdict(imp.heapAfterMB <= GOALS.heapMB),
    ]);
    if (imp.memoryWithWorkersAfterMB)
      rows.push([
        '  with workers',
        '',
        '',
        `${imp.memoryWithWorkersAfterMB.totalMB} MB`,
        `<= ${GOALS.heapMB} MB`,
        verdict(imp.memoryWithWorkersAfterMB.totalMB <= GOALS.heapMB),
      ]);
  } else {
    rows.push(['100k import', imp?.status ?? 'n/a', '', '', '', '']);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r, n) => {
      const line = r
        .map((cell, c) => String(cell).padEnd(widths[c]))
        .join('  ')
        .trimEnd();
      return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function byFile(runs) {
  const last = runs[runs.length - 1];
  return [...last.files].sort((a, b) => b.gzip - a.gzip).map(({ file, url, raw, gzip }) => ({ file: file ?? url, raw, gzip }));
}

// ---------- main ----------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.corpus) {
    const { corpusBench } = await import('./corpus-bench.mjs');
    await corpusBench({ n: args.corpus, runs: args.runs, chromiumPath: args.chromium });
    return;
  }
  const site = resolve(ROOT, args.site);
  mkdirSync(BENCH_DIR, { recursive: true });
  const rebuilt = ensureSite(site, args.build);
  if (args.files) {
    const { filesBench } = await import('./files-bench.mjs');
    await filesBench({ site, runs: args.runs, chromiumPath: args.chromium, panSeconds: args.panSeconds });
    return;
  }
  if (args.variants.length) return abMain(args, site);
  await ensureBare(args.build);

  // /app-isolated/ is the same site with COOP/COEP, used only for the import's memory figure.
  const server = await serve({ '/app/': site, '/app-isolated/': site, '/bare/': BARE_OUT }, { isolated: ['/app-isolated/'] });
  const browser = await chromium.launch({ executablePath: args.chromium, args: LAUNCH_ARGS, headless: true });
  // The interactions get a browser of their own whose memory measurement answers at once rather than
  // at Chromium's next convenient GC; the time-to-ready runs never see this flag.
  const interactionBrowser = await chromium.launch({
    executablePath: args.chromium,
    args: [...LAUNCH_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'],
    headless: true,
  });
  const loadBefore = os.loadavg();
  const started = Date.now();
  try {
    // Warm the OS file cache and the browser process once for each page; these runs are not counted.
    await coldLoad(browser, server, `${server.url}/app/`);
    await coldLoad(browser, server, `${server.url}/bare/`);

    const app = [];
    const bare = [];
    for (let n = 0; n < args.runs; n++) {
      // Alternate which page goes first, so a slow patch of machine time falls on both alike.
      const order = n % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const which of order) {
        const result = await coldLoad(browser, server, `${server.url}/${which}/`);
        (which === 'app' ? app : bare).push(result);
        process.stdout.write(
          `bench: run ${n + 1}/${args.runs} ${which.padEnd(4)} ready ${result.readyMs.toFixed(0).padStart(5)} ms, ${kb(result.gzip)} gzip\n`,
        );
      }
    }
    const profile = {
      app: await profileLoad(browser, `${server.url}/app/`),
      bare: await profileLoad(browser, `${server.url}/bare/`),
    };
    const floor = maplibreFloor();
    const appMedianGzip = median(app.map((r) => r.gzip));
    const appReady = median(app.map((r) => r.readyMs));
    const bareReady = median(bare.map((r) => r.readyMs));

    console.log('bench: popups, toggles, panning and the 100,000-point import ...');
    await browser.close();
    const interaction = await interactions(interactionBrowser, server, args);

    const results = {
      date: new Date().toISOString(),
      machine: machine(interactionBrowser.version(), args.chromium),
      load: {
        before: loadBefore.map((v) => round(v, 2)),
        after: os.loadavg().map((v) => round(v, 2)),
        note: 'os.loadavg() 1/5/15 min; above the core count means other work shared the machine',
      },
      setup: {
        server:
          'one node:http static server on 127.0.0.1 (scripts/bench/server.mjs), app at /app/, bare page at /bare/, no compression, no caching',
        gzip: `node:zlib level ${GZIP_LEVEL}, applied to each fetched file`,
        browser: `headless Chromium, ${LAUNCH_ARGS.join(' ')}, viewport ${VIEWPORT.width}x${VIEWPORT.height}, a fresh context (empty cache) per load`,
        runs: args.runs,
        rebuilt,
        site: relative(ROOT, site),
        maplibre: floor.version,
      },
      startupBytes: {
        floor,
        appMedianGzip,
        appMedianRaw: median(app.map((r) => r.raw)),
        bareMedianGzip: median(bare.map((r) => r.gzip)),
        ratio: round(appMedianGzip / floor.gzip, 3),
        goal: GOALS.startupBytesRatio,
        appFiles: byFile(app),
        appFetchedJustAfterReady: [...new Set(app.flatMap((r) => r.late))],
        bareFiles: byFile(bare),
      },
      timeToReady: {
        appMs: app.map((r) => round(r.readyMs)),
        bareMs: bare.map((r) => round(r.readyMs)),
        appMedianMs: round(appReady),
        bareMedianMs: round(bareReady),
        ratio: round(appReady / bareReady, 3),
        goal: GOALS.readyRatio,
        profile,
      },
      interactions: interaction,
      seconds: round((Date.now() - started) / 1000, 0),
    };
    console.log(`\n${table(results)}\n`);
    console.log(
      `machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.os}, ${results.machine.chromium}`,
    );
    console.log(`load average before ${results.load.before.join(' ')}, after ${results.load.after.join(' ')}`);
    for (const which of ['app', 'bare']) {
      const p = profile[which];
      const gl = Object.entries(p.webglCallsUntilReady)
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 4)
        .map(([n, v]) => `${n} ${v.calls}x ${v.ms} ms`)
        .join(', ');
      console.log(`${which} profile: WebGL until ready: ${gl}`);
      console.log(
        `${which} profile: DOMContentLoaded ${p.domContentLoadedMs} ms, first map frame ${p.firstMapFrameMs} ms, ${p.mapFramesUntilReady} frames (${p.mapFrameMainThreadMs} ms of main thread) until ready ${p.readyMs} ms; main thread busy ${p.mainThreadTaskMs} ms (script ${p.mainThreadScriptMs} ms)`,
      );
    }
    console.log('startup bytes by file (app, gzip):');
    for (const f of results.startupBytes.appFiles) console.log(`  ${kb(f.gzip).padStart(10)}  ${f.file}`);
    const json = `${JSON.stringify(results, null, 2)}\n`;
    writeFileSync(join(BENCH_DIR, 'results.json'), json);
    copyFileSync(join(BENCH_DIR, 'results.json'), join(ROOT, 'scripts/bench/last-results.json'));
    console.log('\nwrote .bench/results.json and scripts/bench/last-results.json');
  } finally {
    await browser.close().catch(() => {});
    await interactionBrowser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
