// The viewer as a reader meets it: loads offline, toggles and selects each mission place, popups, permalinks, filters.
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from './axe';
import { interactionProbes, readinessProbe } from '../../scripts/bench/page-hooks.mjs';
import { FIRST_VIEW_TILE_ZOOM, firstViewGlyphs, tilesAtZoom } from '../../scripts/bench/bytes.mjs';
import {
  MISSION,
  claims,
  claimsOf,
  mapInternals,
  mapPatch,
  openViewer,
  placeName,
  placeOnScreen,
  popup,
  settled,
  sources,
} from './viewer';

test('loads with no console error and no request to another host', async ({ page }) => {
  const watch = await openViewer(page);
  await page.waitForTimeout(500);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  // The first view fits every mission place, Izhevsk included.
  const box = (await page.getByTestId('map').boundingBox())!;
  for (const id of MISSION) {
    const at = await placeOnScreen(page, id);
    expect(at.x, `${id} x`).toBeGreaterThan(0);
    expect(at.x, `${id} x`).toBeLessThan(box.width);
    expect(at.y, `${id} y`).toBeGreaterThan(0);
    expect(at.y, `${id} y`).toBeLessThan(box.height);
  }
  await expect(page.getByText('not verified control')).toBeVisible();
});

test('the first view fetches the vector tiles it covers, the glyph range of its labels, and nothing more', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (/\.(pbf|geojson)$/.test(path)) fetched.push(path.replace(/^\//, ''));
  });
  await openViewer(page);
  // The startup-bytes budget counts the built site's tiles at this zoom and its Latin glyph ranges as
  // the first view's: they must be the very files the page asks for at the bench's viewport (this test's).
  // Each once: the Latin glyph range is preloaded as the page starts, and MapLibre's own request for
  // it must be answered from that preload, not sent again.
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  const expected = [...tilesAtZoom(dist, FIRST_VIEW_TILE_ZOOM), ...firstViewGlyphs(dist)];
  expect(expected.filter((f) => f.startsWith('glyphs/')).length).toBe(1);
  expect([...fetched].sort()).toEqual([...expected].sort());
});

/** Frames the map drew until it said it was ready, and the MapLibre internals patches it ran with. */
async function framesUntilReady(page: Page, query = ''): Promise<{ frames: number | undefined; internals: string[] }> {
  // The bench's page probes: they count the animation frames in which MapLibre cleared its canvas
  // (once per frame it draws) and note that count when the map says it is ready.
  await page.addInitScript(interactionProbes);
  await page.addInitScript(readinessProbe);
  await openViewer(page, query);
  return {
    frames: await page.evaluate(
      () => (window as unknown as { __bench: { atReady?: { frames: number } } }).__bench.atReady?.frames,
    ),
    internals: await page.evaluate(mapInternals),
  };
}

test('the map appears whole once its data has loaded, not tile by tile', async ({ page }) => {
  const { frames, internals } = await framesUntilReady(page);
  expect(internals).toContain('hold');
  // One complete frame (and at most the one MapLibre draws before it reports idle), instead of one
  // per batch of tiles: 7 or more partial frames when every batch was drawn.
  expect(frames).toBeGreaterThanOrEqual(1);
  expect(frames).toBeLessThanOrEqual(2);
});

test('positive control: without the hold patch the map draws tile by tile', async ({ page }) => {
  const { frames, internals } = await framesUntilReady(page, '?internals=sky');
  expect(internals).not.toContain('hold');
  expect(frames).toBeGreaterThan(2);
});

/**
 * Every shader the map's WebGL context compiles, by the time it is ready and after a pan has drawn
 * more frames. The sky's fragment shader is the one that declares u_sky_color.
 */
async function shadersAfterPan(page: Page, query = ''): Promise<{ shaders: string[]; internals: string[] }> {
  await page.addInitScript(() => {
    const sources: string[] = ((window as unknown as { __shaders: string[] }).__shaders = []);
    const original = WebGL2RenderingContext.prototype.shaderSource;
    WebGL2RenderingContext.prototype.shaderSource = function (shader, source) {
      sources.push(source);
      return original.call(this, shader, source);
    };
  });
  await openViewer(page, query);
  const map = page.getByTestId('map');
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 60, { steps: 6 });
  await page.mouse.up();
  await settled(page);
  return {
    shaders: await page.evaluate(() => (window as unknown as { __shaders: string[] }).__shaders.slice()),
    internals: await page.evaluate(mapInternals),
  };
}

test("frames skip MapLibre's sky pass, which this untilted map never shows, before and after a pan", async ({ page }) => {
  const { shaders, internals } = await shadersAfterPan(page);
  expect(internals).toContain('sky');
  expect(shaders.length).toBeGreaterThan(10);
  expect(shaders.filter((s) => s.includes('u_sky_color'))).toEqual([]);
});

test("positive control: without the sky patch the sky's shader is compiled", async ({ page }) => {
  const { shaders, internals } = await shadersAfterPan(page, '?internals=hold');
  expect(internals).not.toContain('sky');
  expect(shaders.filter((s) => s.includes('u_sky_color')).length).toBeGreaterThan(0);
});

for (const id of MISSION) {
  test(`${id}: its checkbox toggles what is drawn`, async ({ page }) => {
    await openViewer(page);
    const name = placeName(id);
    const panel = page.getByTestId('layer-panel');
    const checkbox = panel.getByRole('checkbox', { name, exact: true });
    await expect(checkbox).toBeChecked();
    const at = await placeOnScreen(page, id);
    const size = id === 'kupol-izhevsk' ? 24 : 60;
    const before = await mapPatch(page, at, size);
    await checkbox.uncheck();
    await settled(page);
    const hidden = await mapPatch(page, at, size);
    expect(hidden.equals(before), 'drawing changed when hidden').toBe(false);
    await expect(page).toHaveURL(/layers=/);
    await checkbox.check();
    await settled(page);
    const shown = await mapPatch(page, at, size);
    expect(shown.equals(hidden), 'drawing changed back when shown').toBe(false);
  });

  test(`${id}: Enter on its button opens its popup with its claims and sources`, async ({ page }) => {
    await openViewer(page);
    const name = placeName(id);
    const button = page.getByTestId('layer-panel').getByRole('button', { name, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const pop = popup(page);
    await expect(pop).toBeVisible();
    await expect(pop.locator('h2')).toHaveText(name);
    const expected = claimsOf(id);
    expect(expected.length, 'the data has claims for every mission place').toBeGreaterThan(0);
    await expect(pop.locator('[data-claim-id]')).toHaveCount(expected.length);
    for (const claim of expected) {
      const card = pop.locator(`[data-claim-id="${claim.id}"]`);
      await expect(card.locator('blockquote')).toContainText(claim.quote.slice(0, 40));
      await expect(card).toContainText(claim.claimant);
      const source = sources.find((s) => s.id === claim.source)!;
      await expect(card).toContainText(source.title);
      await expect(card).toContainText(source.byline ?? 'No author named');
    }
    await expect(page).toHaveURL(new RegExp(`#(region|site)=${id}`));
    await expect(page.getByTestId('claims-panel').locator('[data-claim-id]')).toHaveCount(expected.length);
    await page.keyboard.press('Escape');
    await expect(pop).toHaveCount(0);
  });
}

test('Space on a place button selects it too', async ({ page }) => {
  await openViewer(page);
  const button = page.getByTestId('layer-panel').getByRole('button', { name: placeName('UA-59'), exact: true });
  await button.focus();
  await page.keyboard.press('Space');
  await expect(popup(page).locator('h2')).toHaveText(placeName('UA-59'));
});

for (const id of ['UA-14', 'UA-23', 'UA-43']) {
  test(`a click on ${id} on the map opens that region’s popup`, async ({ page }) => {
    await openViewer(page);
    const at = await placeOnScreen(page, id);
    await page.getByTestId('map').click({ position: at });
    await expect(popup(page).locator('h2')).toHaveText(placeName(id));
    await expect(page).toHaveURL(new RegExp(`#region=${id}`));
  });
}

test('a click on the Kupol site opens the site’s popup', async ({ page }) => {
  await openViewer(page);
  const at = await placeOnScreen(page, 'kupol-izhevsk');
  await page.getByTestId('map').click({ position: at });
  await expect(popup(page).locator('h2')).toHaveText(placeName('kupol-izhevsk'));
  await expect(popup(page)).toContainText('approximate');
});

test('a permalink restores the selection, and back/forward move through selections', async ({ page }) => {
  await openViewer(page, '#region=UA-09');
  await expect(popup(page).locator('h2')).toHaveText(placeName('UA-09'));
  await expect(page.getByTestId('claims-panel').locator('h2')).toContainText(placeName('UA-09'));
  await expect(page.getByTestId('claims-panel').locator('[data-claim-id]')).toHaveCount(claimsOf('UA-09').length);
  await page
    .getByTestId('layer-panel')
    .getByRole('button', { name: placeName('UA-59'), exact: true })
    .click();
  await expect(popup(page).locator('h2')).toHaveText(placeName('UA-59'));
  await expect(page).toHaveURL(/#region=UA-59/);
  await page.goBack();
  await expect(popup(page).locator('h2')).toHaveText(placeName('UA-09'));
  await page.goForward();
  await expect(popup(page).locator('h2')).toHaveText(placeName('UA-59'));
});

test('a permalink restores hidden layers and a site selection', async ({ page }) => {
  await openViewer(page, '#site=kupol-izhevsk&layers=UA-09,kupol-izhevsk');
  await expect(popup(page).locator('h2')).toHaveText(placeName('kupol-izhevsk'));
  const panel = page.getByTestId('layer-panel');
  await expect(panel.getByRole('checkbox', { name: placeName('UA-09'), exact: true })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: placeName('UA-14'), exact: true })).not.toBeChecked();
});

test('the claims panel filters by kind, claimant, source and text', async ({ page }) => {
  await openViewer(page);
  const panel = page.getByTestId('claims-panel');
  const cards = panel.locator('[data-claim-id]');
  // Unfiltered, the list holds every claim (it is built once the map's first frame is painted).
  await expect(cards).toHaveCount(claims.length);
  const all = claims.length;
  await panel.getByLabel('Kind').selectOption('strike');
  const strikes = await cards.count();
  expect(strikes).toBeGreaterThan(0);
  expect(strikes).toBeLessThan(all);
  for (const id of await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')))) {
    expect(
      claimsOf('kyiv')
        .concat(claimsOf('UA'), claimsOf('kupol-izhevsk'))
        .some((c) => c.id === id && c.kind === 'strike'),
    ).toBe(true);
  }
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards).toHaveCount(all);
  await panel.getByLabel('Claimant').selectOption('some Russian reporters');
  await expect(cards).toHaveCount(1);
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await panel.getByLabel('Search claims').fill('chloropicrin');
  await expect(cards).toHaveCount(1);
  await panel.getByLabel('Search claims').fill('');
  await panel.getByLabel('Source').selectOption({ label: sources[0].title });
  const fromFirst = await cards.count();
  expect(fromFirst).toBeLessThan(all);
  expect(fromFirst).toBeGreaterThan(0);
});

test('no serious or critical accessibility violation with a popup open', async ({ page }) => {
  await openViewer(page, '#region=UA-09');
  await expect(popup(page)).toBeVisible();
  const results = await new AxeBuilder(page).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a phone-sized screen the panels collapse to a sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openViewer(page);
  const toggle = page.getByRole('button', { name: 'Panel' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('layer-panel')).toBeHidden();
  const mapBox = (await page.getByTestId('map').boundingBox())!;
  expect(mapBox.height).toBeGreaterThan(600);
  await toggle.click();
  await expect(page.getByTestId('layer-panel')).toBeVisible();
  await page
    .getByTestId('layer-panel')
    .getByRole('button', { name: placeName('UA-63'), exact: true })
    .click();
  // On a phone the card is a bottom sheet, not a map popup (more in phone.spec.ts).
  await expect(page.getByRole('dialog', { name: placeName('UA-63') }).locator('h2')).toHaveText(placeName('UA-63'));
  await expect(popup(page)).toHaveCount(0);
});
