// `npm run bench -- --corpus N`: the viewer with a synthetic corpus of N claims beside the same build with the shipped data, in one run.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { ROOT, STARTUP_BYTES_GOAL, maplibreFloor, staticStartupSet } from './bytes.mjs';
import { serve } from './server.mjs';
import { readinessProbe } from './page-hooks.mjs';
import { writeSyntheticCorpus } from './corpus.mjs';
import { median, round } from './stats.mjs';

export const CORPUS_GOALS = {
  startupBytesRatio: STARTUP_BYTES_GOAL,
  readyRatioToShipped: 1.1,
  popupMs: 150,
  searchKeystrokeMs: 50,
  panelScrollFps: 30,
  validateSeconds: 15,
};

const VIEWPORT = { width: 1400, height: 900 };
const BENCH_DIR = join(ROOT, '.bench');

function run(command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
  return (performance.now() - started) / 1000;
}

/** Builds the two sites: the test build with the shipped data, and a copy whose data/ is the corpus's (no rebuild of the code). */
function prepare(n) {
  const base = join(BENCH_DIR, 'site-shipped');
  const corpusSite = join(BENCH_DIR, `site-corpus-${n}`);
  const geodata = join(BENCH_DIR, `corpus-${n}`, 'geodata');
  console.log(`bench: building the test build into ${relative(ROOT, base)}/ ...`);
  run('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', base, '--emptyOutDir', '--manifest', '--logLevel', 'warn']);
  console.log(`bench: writing a synthetic corpus of ${n} claims into ${relative(ROOT, geodata)}/ ...`);
  const corpus = writeSyntheticCorpus(geodata, n, { geodataDir: join(ROOT, 'geodata') });
  const validateSeconds = run('npx', [
    'tsx',
    'scripts/validate.ts',
    '--sources',
    join(geodata, 'sources'),
    '--claims',
    join(geodata, 'claims'),
    '--regions',
    join(geodata, 'regions.geojson'),
    '--sites',
    join(geodata, 'sites.geojson'),
  ]);
  rmSync(corpusSite, { recursive: true, force: true });
  cpSync(base, corpusSite, { recursive: true });
  // Updating a deployed site's data is replacing data/: exactly what is done here.
  const dataSeconds = run('npx', ['tsx', 'scripts/data/run.ts', '--geodata', geodata, '--out', join(corpusSite, 'data')]);
  return { base, corpusSite, corpus, validateSeconds, dataSeconds };
}

/**
 * Installed in the page: resolves with the page time of the first animation frame after `ready()`
 * holds (null after `timeoutMs`). The page's CSP forbids eval, so it is installed as an init script.
 */
function framePaintedHelper() {
  window.__framePainted = (ready, timeoutMs) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        if (ready()) requestAnimationFrame(() => resolve(performance.now()));
        else if (performance.now() - started > timeoutMs) resolve(null);
        else requestAnimationFrame(check);
      };
      check();
    });
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(readinessProbe);
  await page.addInitScript(framePaintedHelper);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.readyAt !== null || window.__bench.errorAt !== null, null, {
    timeout: 90_000,
    polling: 100,
  });
  const readyMs = await page.evaluate(() => window.__bench.readyAt);
  return { context, page, readyMs };
}

async function quiet(page, ms = 600) {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/** Enter on the place's button → the first frame painted with a claim of it in the card. */
async function popupSample(page, name) {
  const button = page.getByTestId('layer-panel').getByRole('button', { name, exact: true });
  await button.focus();
  await quiet(page);
  await page.evaluate(() => {
    window.__popupStart = null;
    addEventListener(
      'keydown',
      (e) => e.key === 'Enter' && window.__popupStart === null && (window.__popupStart = performance.now()),
      { capture: true, once: true },
    );
  });
  await page.keyboard.press('Enter');
  const ms = await page.evaluate(() =>
    window
      .__framePainted(() => !!document.querySelector('.maplibregl-popup [data-claim-id]'), 15_000)
      .then((end) => (end === null ? null : end - window.__popupStart)),
  );
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.maplibregl-popup'), null, { timeout: 5_000 });
  return round(ms);
}

/**
 * Search in the claims panel. The first query also fetches and loads the search index (reported on
 * its own); each later one stands for a keystroke: the box's value changes by input events, and the
 * time runs to the first frame painted with the panel's new count. The queries alternate so that
 * every one changes the count.
 */
async function searchSamples(page) {
  const box = page.getByRole('searchbox', { name: 'Search claims' });
  // Focusing the box asks for the search index: listen before.
  const searchFile = page.waitForResponse((r) => /\/data\/search\.[0-9a-f]+\.json$/.test(r.url()), { timeout: 60_000 });
  await box.focus();
  const type = (value) =>
    page.evaluate(async (text) => {
      const count = document.querySelector('[data-testid="claims-panel"] .count');
      const before = count?.textContent;
      const input = document.activeElement;
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      const end = await window.__framePainted(() => count?.textContent !== before, 10_000);
      return end === null ? null : end - start;
    }, value);
  const first = await type('luhansk');
  await searchFile;
  // Until the index has loaded the panel matches text itself; give the index time to take over.
  await quiet(page, 4000);
  const queries = [
    'kharkiv',
    'kharkiv drone',
    'sumy',
    'sumy repelled',
    'donetsk',
    'donetsk sector',
    'kremlin',
    'kremlin luhansk',
    'izhevsk',
    'zaporizhzhia',
  ];
  const samples = [];
  for (const q of queries) {
    await quiet(page, 300);
    samples.push(round(await type(q)));
  }
  return { firstQueryMs: round(first), samples };
}

/** Frames the page paints while the claims list is scrolled by the wheel for `seconds`. */
async function scrollFps(page, seconds) {
  const list = page.locator('[data-testid="claims-panel"] .scroller');
  await list.scrollIntoViewIfNeeded();
  const box = await list.boundingBox();
  if (!box) return null;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await quiet(page);
  await page.evaluate(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => {
      if (!window.__counting) return;
      window.__frames++;
      requestAnimationFrame(tick);
    };
    window.__scrollStart = performance.now();
    requestAnimationFrame(tick);
  });
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(16);
  }
  const { frames, ms, top } = await page.evaluate(() => {
    window.__counting = false;
    return {
      frames: window.__frames,
      ms: performance.now() - window.__scrollStart,
      top: document.querySelector('[data-testid="claims-panel"] .scroller').scrollTop,
    };
  });
  return { fps: round(frames / (ms / 1000)), scrolledPx: Math.round(top) };
}

export async function corpusBench({ n, runs, chromiumPath }) {
  const prepared = prepare(n);
  const floor = maplibreFloor(ROOT);
  const bytes = (site) => {
    const set = staticStartupSet(site);
    return { gzipKB: round(set.gzip / 1024), ratio: round(set.gzip / floor.gzip, 3) };
  };
  const server = await serve({ '/shipped/': prepared.base, '/corpus/': prepared.corpusSite });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const heavy = prepared.corpus.heavyName;
  const out = {
    date: new Date().toISOString(),
    claims: prepared.corpus.claims,
    articles: prepared.corpus.articles,
    heavyPlace: `${heavy} (${prepared.corpus.heavyPlace}, ${Math.ceil(n / 5)} claims or more)`,
    validateSeconds: round(prepared.validateSeconds),
    dataBuildSeconds: round(prepared.dataSeconds),
    startupBytes: { floorKB: round(floor.gzip / 1024), shipped: bytes(prepared.base), corpus: bytes(prepared.corpusSite) },
  };
  try {
    // Time to ready: cold loads, alternated so both sites see the same machine.
    const ready = { shipped: [], corpus: [] };
    for (let i = 0; i < runs; i++) {
      for (const site of i % 2 ? ['corpus', 'shipped'] : ['shipped', 'corpus']) {
        const { context, readyMs } = await openPage(browser, `${server.url}/${site}/`);
        ready[site].push(round(readyMs));
        await context.close();
      }
    }
    const readyShipped = median(ready.shipped);
    const readyCorpus = median(ready.corpus);
    out.timeToReady = {
      samples: ready,
      shippedMs: readyShipped,
      corpusMs: readyCorpus,
      ratio: round(readyCorpus / readyShipped, 3),
    };

    // The heavy place's card: cold (a fresh page: fetch, parse, draw) and warm (shard cached).
    const popup = { cold: [], warm: [] };
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      const { context, page } = await openPage(browser, `${server.url}/corpus/`);
      await quiet(page, 1500);
      popup.cold.push(await popupSample(page, heavy));
      if (i === 0) for (let k = 0; k < 5; k++) popup.warm.push(await popupSample(page, heavy));
      await context.close();
    }
    out.popup = {
      samples: popup,
      coldMedianMs: median(popup.cold),
      warmMedianMs: median(popup.warm),
      goalMs: CORPUS_GOALS.popupMs,
    };

    // Search and scrolling in the claims panel with no place selected: the whole corpus listed.
    const { context, page } = await openPage(browser, `${server.url}/corpus/`);
    // The whole corpus is fetched once the panel comes near the screen: scroll to it as a reader would.
    await page.getByTestId('claims-panel').scrollIntoViewIfNeeded();
    const started = Date.now();
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="claims-panel"] .count')?.textContent?.startsWith(`${total} of`),
      n,
      {
        timeout: 120_000,
      },
    );
    out.allClaimsListedSeconds = round((Date.now() - started) / 1000); // after scrolling to the panel
    out.panelScroll = { ...(await scrollFps(page, 3)), goalFps: CORPUS_GOALS.panelScrollFps };
    const search = await searchSamples(page);
    out.search = { ...search, medianMs: median(search.samples), goalMs: CORPUS_GOALS.searchKeystrokeMs };
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(ROOT, 'scripts/bench', `corpus-${n}-results.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  report(out);
  console.log(`\nbench: every sample in ${relative(ROOT, file)}`);
  if (!existsSync(file)) throw new Error('results not written');
  return out;
}

function report(out) {
  const g = CORPUS_GOALS;
  const met = (ok) => (ok ? 'met' : 'NOT met');
  const rows = [
    [
      'startup bytes / MapLibre floor',
      `${out.startupBytes.corpus.ratio} (shipped data: ${out.startupBytes.shipped.ratio})`,
      `≤ ${g.startupBytesRatio}`,
      met(out.startupBytes.corpus.ratio <= g.startupBytesRatio),
    ],
    [
      'time to ready / shipped data',
      `${out.timeToReady.ratio} (${out.timeToReady.corpusMs} / ${out.timeToReady.shippedMs} ms)`,
      `≤ ${g.readyRatioToShipped}`,
      met(out.timeToReady.ratio <= g.readyRatioToShipped),
    ],
    [
      `${out.heavyPlace.split(' (')[0]} card, Enter → claims painted (cold)`,
      `${out.popup.coldMedianMs} ms (warm ${out.popup.warmMedianMs} ms)`,
      `≤ ${g.popupMs} ms`,
      met(out.popup.coldMedianMs <= g.popupMs),
    ],
    [
      'search keystroke → new count painted',
      `${out.search.medianMs} ms (first search, with the index: ${out.search.firstQueryMs} ms)`,
      `≤ ${g.searchKeystrokeMs} ms`,
      met(out.search.medianMs <= g.searchKeystrokeMs),
    ],
    [
      'claims panel scrolling',
      `${out.panelScroll.fps} fps`,
      `≥ ${g.panelScrollFps} fps`,
      met(out.panelScroll.fps >= g.panelScrollFps),
    ],
    ['npm run validate', `${out.validateSeconds} s`, `≤ ${g.validateSeconds} s`, met(out.validateSeconds <= g.validateSeconds)],
  ];
  console.log(
    `\n${out.claims} claims over ${out.articles} articles (all claims listed ${out.allClaimsListedSeconds} s after scrolling to the panel; data build ${out.dataBuildSeconds} s)`,
  );
  console.log('| measure | corpus | goal | |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
