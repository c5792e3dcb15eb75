// `npm run bench -- --files`: a reader's own big files, timed in the test build: the 250,000-row event CSV and assessments of control.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { ROOT } from './bytes.mjs';
import { serve } from './server.mjs';
import { interactionProbes, readinessProbe } from './page-hooks.mjs';
import { findImportInput, panFps, waitQuiet } from './interact.mjs';
import { median, round } from './stats.mjs';

/** The goals of the issues these files come from (import: 15 s, 0.6×; assessment: 300 ms, 15 s, 0.6×). */
export const FILE_GOALS = { csvListedSeconds: 15, panFpsRatio: 0.6, figureMs: 300, seriesSeconds: 15 };

const VIEWPORT = { width: 1400, height: 900 };
const BENCH_DIR = join(ROOT, '.bench');
const LUHANSK = { lng: 39.3, lat: 48.9 };
const CONTROL_CLAIM = 'luhansk-fully-captured-russia-claim';

// ---------- the files ----------

/** The ACLED-shaped CSV the browser tests use (tests/fixtures/import/formats/big-csv.mjs), written once. */
function bigCsv() {
  const file = join(BENCH_DIR, 'acled-250k.csv');
  if (!existsSync(file)) {
    const made = spawnSync('node', [join(ROOT, 'tests/fixtures/import/formats/big-csv.mjs'), file], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('could not write the 250,000-row CSV');
  }
  return file;
}

/** An ellipse of `n` vertices around Luhansk oblast's middle, as a closed GeoJSON ring. */
function ellipse(n, rx, ry) {
  const ring = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * 2 * Math.PI;
    ring.push([round(LUHANSK.lng + rx * Math.cos(t), 6), round(LUHANSK.lat + ry * Math.sin(t), 6)]);
  }
  ring.push(ring[0]);
  return ring;
}

/** One 6,000-vertex polygon, its date in the file name as an analyst's export would have it. */
function bigPolygon() {
  const file = join(BENCH_DIR, 'bench-assessment_20250704.geojson');
  const fc = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ellipse(6000, 1.6, 1.0)] } }],
  };
  writeFileSync(file, JSON.stringify(fc));
  return file;
}

/** A daily series of 400 dated polygons, about 30 MB: the size of a year of a front-line tracker. */
function series() {
  const file = join(BENCH_DIR, 'bench-series.geojson');
  const day0 = Date.UTC(2024, 5, 1);
  const features = [];
  for (let d = 0; d < 400; d++) {
    const date = new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);
    const grow = 1 + d / 800;
    features.push({
      type: 'Feature',
      properties: { date },
      geometry: { type: 'Polygon', coordinates: [ellipse(3400, 1.2 * grow, 0.8 * grow)] },
    });
  }
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  return file;
}

const mb = (file) => round(statSync(file).size / 2 ** 20, 1);

// ---------- the page ----------

async function openApp(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(readinessProbe);
  await page.addInitScript(interactionProbes);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 90_000, polling: 100 });
  await waitQuiet(page);
  return { context, page };
}

const layerBox = (page, name) => page.getByTestId('layer-panel').getByRole('checkbox', { name, exact: true });

/** Chooses `file` in the import input; ms from the input's change to the layer's checkbox (the page's own clock). */
async function importFile(page, file, name, whileWaiting = async () => null) {
  const input = await findImportInput(page);
  if (!input) throw new Error('no "Import GeoJSON" file input');
  await page.evaluate((n) => {
    Object.assign(window.__probe, { importName: n, importStart: null, importListed: null });
  }, name);
  await input.setInputFiles(file);
  const meanwhile = await whileWaiting();
  await layerBox(page, name).waitFor({ state: 'attached', timeout: 180_000 });
  await page.waitForFunction(() => window.__probe.importListed !== null, null, { timeout: 10_000, polling: 50 });
  const p = await page.evaluate(() => window.__probe);
  return { listedMs: round(p.importListed - p.importStart), meanwhile, listedAt: p.importListed };
}

async function removeAll(page) {
  await page.getByRole('button', { name: 'Remove all imported layers' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="layer-panel"] progress'), null, { timeout: 10_000 });
  await waitQuiet(page);
}

/** "Use as assessed control" on the only imported layer, named `by`; ms from Apply to the legend naming it. */
async function markAssessed(page, by) {
  await page.getByTestId('layer-panel').getByRole('button', { name: 'Use as assessed control' }).click();
  const form = page.getByRole('form', { name: /as assessed control/ });
  await form.getByLabel('Assessed by').fill(by);
  const started = Date.now();
  await form.getByRole('button', { name: 'Apply' }).click();
  await page.getByTestId('assessed-legend').filter({ hasText: by }).waitFor({ timeout: 120_000 });
  return Date.now() - started;
}

/** Clicks Luhansk in the layer panel; ms to its control claim in the card, and then to the assessed figure beside it. */
async function timeFigure(page) {
  const t = await page.evaluate(
    ([id]) =>
      new Promise((resolve, reject) => {
        const button = [...document.querySelectorAll('[data-testid="layer-panel"] button')].find(
          (b) => b.textContent?.trim() === 'Luhansk',
        );
        if (!button) return reject(new Error('no Luhansk button'));
        const start = performance.now();
        let card = null;
        const check = () => {
          const claim = document.querySelector(`.maplibregl-popup [data-claim-id="${id}"]`);
          if (claim && card === null) card = performance.now();
          if (claim?.querySelector('[data-testid="assessed-figures"]')?.textContent?.includes('% of')) {
            observer.disconnect();
            resolve({ cardMs: card - start, figureMs: performance.now() - card });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error('no figure within 30 s')), 30_000);
        button.click();
      }),
    [CONTROL_CLAIM],
  );
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.maplibregl-popup'), null, { timeout: 5_000 });
  await waitQuiet(page);
  return { cardMs: round(t.cardMs), figureMs: round(t.figureMs) };
}

// ---------- the runs ----------

/** The big CSV: listed (alone, then while the map is dragged), and panning before, during and after. */
async function csvRun(browser, url, file, seconds) {
  const { context, page } = await openApp(browser, url);
  try {
    const before = await panFps(page, seconds);
    const alone = await importFile(page, file, 'acled-250k');
    await removeAll(page);
    const panned = await importFile(page, file, 'acled-250k', async () => {
      const startedAt = await page.evaluate(() => performance.now());
      return { ...(await panFps(page, seconds)), startedAt };
    });
    const during = panned.meanwhile;
    // Whether the file was still being read when the drag ended (it ends no sooner than `seconds` after
    // the sample began): only then is every frame of the sample one drawn "during" the import.
    const stillReading = panned.listedAt > during.startedAt + 1000 * seconds;
    await waitQuiet(page, 500, 120_000);
    const on = [];
    const off = [];
    for (let n = 0; n < 2; n++) {
      on.push((await panFps(page, seconds)).fps);
      await layerBox(page, 'acled-250k').uncheck();
      off.push((await panFps(page, seconds)).fps);
      await layerBox(page, 'acled-250k').check();
    }
    return {
      listedMs: alone.listedMs,
      listedWhilePanningMs: panned.listedMs,
      beforeFps: before.fps,
      duringFps: during.fps,
      duringRatio: round(during.fps / before.fps, 2),
      stillReadingWhenDragEnded: stillReading,
      withLayerFps: median(on),
      layerOffFps: median(off),
      layerRatio: round(median(on) / median(off), 2),
    };
  } finally {
    await context.close();
  }
}

/** One 6,000-vertex assessment: the card's figure cold (straight after Apply) and warm, panning with it drawn. */
async function polygonRun(browser, url, file, seconds) {
  const { context, page } = await openApp(browser, url);
  try {
    const name = 'bench-assessment_20250704';
    await importFile(page, file, name);
    // The layer's own fill off: what is compared is the map with and without the assessed area.
    await layerBox(page, name).uncheck();
    await waitQuiet(page);
    const without = [(await panFps(page, seconds)).fps, (await panFps(page, seconds)).fps];
    const applyMs = await markAssessed(page, 'Bench');
    const cold = await timeFigure(page);
    const warm = await timeFigure(page);
    const withArea = [(await panFps(page, seconds)).fps, (await panFps(page, seconds)).fps];
    return {
      applyToLegendMs: applyMs,
      cold,
      warm,
      panWithoutFps: median(without),
      panWithFps: median(withArea),
      panRatio: round(median(withArea) / median(without), 2),
    };
  } finally {
    await context.close();
  }
}

/** The 400-date series: imported (listed), then marked and indexed (the legend names it), then a card's figure. */
async function seriesRun(browser, url, file) {
  const { context, page } = await openApp(browser, url);
  try {
    const imported = await importFile(page, file, 'bench-series');
    const indexMs = await markAssessed(page, 'Bench series');
    const figure = await timeFigure(page);
    return {
      listedMs: imported.listedMs,
      applyToLegendMs: indexMs,
      totalSeconds: round((imported.listedMs + indexMs) / 1000, 1),
      figure,
    };
  } finally {
    await context.close();
  }
}

export async function filesBench({ site, runs, chromiumPath, panSeconds }) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const files = { csv: bigCsv(), polygon: bigPolygon(), series: series() };
  const server = await serve({ '/app/': site });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  const url = `${server.url}/app/`;
  const loadBefore = os.loadavg();
  const csv = [];
  const polygon = [];
  let seriesResult;
  try {
    for (let n = 0; n < runs; n++) {
      console.log(`bench: files run ${n + 1}/${runs}: the 250,000-row CSV ...`);
      csv.push(await csvRun(browser, url, files.csv, panSeconds));
      console.log(`bench: files run ${n + 1}/${runs}: the 6,000-vertex assessment ...`);
      polygon.push(await polygonRun(browser, url, files.polygon, panSeconds));
    }
    console.log('bench: the 400-date series ...');
    seriesResult = await seriesRun(browser, url, files.series);
  } finally {
    await browser.close();
    await server.close();
  }
  const pick = (xs, f) => xs.map(f);
  const out = {
    date: new Date().toISOString(),
    load: { before: loadBefore.map((v) => round(v, 2)), after: os.loadavg().map((v) => round(v, 2)) },
    site: relative(ROOT, site),
    runs,
    files: { csvMB: mb(files.csv), polygonMB: mb(files.polygon), seriesMB: mb(files.series) },
    csv: {
      samples: csv,
      listedMedianMs: median(pick(csv, (r) => r.listedMs)),
      listedWhilePanningMedianMs: median(pick(csv, (r) => r.listedWhilePanningMs)),
      duringRatioMedian: median(pick(csv, (r) => r.duringRatio)),
      layerRatioMedian: median(pick(csv, (r) => r.layerRatio)),
    },
    assessment: {
      samples: polygon,
      coldFigureMedianMs: median(pick(polygon, (r) => r.cold.figureMs)),
      warmFigureMedianMs: median(pick(polygon, (r) => r.warm.figureMs)),
      panRatioMedian: median(pick(polygon, (r) => r.panRatio)),
    },
    series: seriesResult,
    goals: FILE_GOALS,
    notes:
      'fps: frames the map drew while the mouse dragged it (scripts/bench/interact.mjs); duringRatio: dragging while the CSV is read / before choosing it, same view; layerRatio: with the 250,000 points / their checkbox off; assessment panRatio: with the assessed area drawn / before Apply (the imported layer itself hidden in both); figure ms: after the claim is in the card',
  };
  const file = join(BENCH_DIR, 'files-results.json');
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(join(ROOT, 'scripts/bench/files-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  report(out);
  console.log(`\nbench: every sample in ${relative(ROOT, file)} and scripts/bench/files-results.json`);
  return out;
}

function report(out) {
  const g = FILE_GOALS;
  const met = (ok) => (ok ? 'met' : 'NOT met');
  const rows = [
    [
      `${out.files.csvMB} MB CSV, 250,000 rows: listed`,
      `${round(out.csv.listedMedianMs / 1000, 1)} s (while the map is dragged: ${round(out.csv.listedWhilePanningMedianMs / 1000, 1)} s)`,
      `≤ ${g.csvListedSeconds} s`,
      met(out.csv.listedWhilePanningMedianMs / 1000 <= g.csvListedSeconds),
    ],
    [
      'pan fps while the CSV is read / before',
      `${out.csv.duringRatioMedian}`,
      `≥ ${g.panFpsRatio}`,
      met(out.csv.duringRatioMedian >= g.panFpsRatio),
    ],
    [
      'pan fps with its 250,000 points / layer off',
      `${out.csv.layerRatioMedian}`,
      `≥ ${g.panFpsRatio}`,
      met(out.csv.layerRatioMedian >= g.panFpsRatio),
    ],
    [
      '6,000-vertex assessment: Luhansk figure after its card, cold',
      `${out.assessment.coldFigureMedianMs} ms (warm ${out.assessment.warmFigureMedianMs} ms)`,
      `≤ ${g.figureMs} ms`,
      met(out.assessment.coldFigureMedianMs <= g.figureMs),
    ],
    [
      'pan fps with the assessed area drawn / without',
      `${out.assessment.panRatioMedian}`,
      `≥ ${g.panFpsRatio}`,
      met(out.assessment.panRatioMedian >= g.panFpsRatio),
    ],
    [
      `${out.files.seriesMB} MB, 400-date series: listed + marked and indexed`,
      `${out.series.totalSeconds} s (${out.series.listedMs} + ${out.series.applyToLegendMs} ms; Luhansk figure ${out.series.figure.figureMs} ms)`,
      `≤ ${g.seriesSeconds} s`,
      met(out.series.totalSeconds <= g.seriesSeconds),
    ],
  ];
  console.log(`\nload average before ${out.load.before.join(' ')}, after ${out.load.after.join(' ')}; ${out.runs} runs`);
  console.log('| measure | median | goal | |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
