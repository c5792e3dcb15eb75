// Imported features on the map: several under one click are listed to choose from, and a layer can be framed whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from './axe';
import { expectInViewAndUncovered, openViewer, placeName, popup, settled } from './viewer';

const dir = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
/** Three features at one point (one with a name, one with a title, one with neither) and one elsewhere. */
const SHARED = join(dir, 'chooser', 'shared-point.geojson');
const LAYER = 'shared-point';
const data = JSON.parse(readFileSync(SHARED, 'utf8')) as {
  features: { geometry: { coordinates: [number, number] }; properties: Record<string, string> }[];
};
const sharedAt = data.features[0].geometry.coordinates;
const loneAt = data.features[3].geometry.coordinates;
const bbox = {
  west: Math.min(...data.features.map((f) => f.geometry.coordinates[0])),
  east: Math.max(...data.features.map((f) => f.geometry.coordinates[0])),
  south: Math.min(...data.features.map((f) => f.geometry.coordinates[1])),
  north: Math.max(...data.features.map((f) => f.geometry.coordinates[1])),
};

async function onScreen(page: Page, [lng, lat]: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) =>
      (
        window as unknown as { situationViewer: { project(x: number, y: number): { x: number; y: number } } }
      ).situationViewer.project(x, y),
    [lng, lat],
  );
}

/** Whether every corner of the fixture's extent is drawn inside the map. */
async function extentInView(page: Page): Promise<boolean> {
  const map = await page.getByTestId('map').boundingBox();
  if (!map) throw new Error('map has no box');
  for (const corner of [
    [bbox.west, bbox.south],
    [bbox.east, bbox.north],
  ] as [number, number][]) {
    const p = await onScreen(page, corner);
    if (p.x < 0 || p.y < 0 || p.x > map.width || p.y > map.height) return false;
  }
  return true;
}

async function importShared(page: Page): Promise<void> {
  const panel = page.getByTestId('layer-panel');
  // On a phone the panel is a sheet to open first, and to close again to see the map.
  const phone = !(await panel.isVisible());
  if (phone) await page.getByRole('button', { name: 'Panel' }).click();
  await page.getByLabel('Import GeoJSON').setInputFiles(SHARED);
  await expect(panel.getByRole('checkbox', { name: LAYER, exact: true })).toBeChecked();
  if (phone) {
    await page.getByRole('button', { name: 'Panel' }).click();
    // The sheet folds away and the map grows into its room: positions on the map are read after that.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = document.querySelector<HTMLElement>('[data-testid="map"]')!;
          const folded = document.querySelector('aside')!.getBoundingClientRect().height < 50;
          return folded && map.querySelector('canvas')!.clientHeight === map.clientHeight;
        }),
      )
      .toBe(true);
  }
  await settled(page);
}

const CHOICES = ['Checkpoint north', 'Supply depot', `Feature 3 of ${LAYER}`];

test('the pointer turns to a hand over an imported feature, also where no place lies under it', async ({ page }) => {
  await openViewer(page);
  await importShared(page);
  // With every place hidden, only the imported feature can be opened there.
  await page.getByTestId('layer-panel').getByRole('button', { name: 'Hide all' }).click();
  await expect(page.getByTestId('layer-panel').locator('#status-UA-14')).toContainText('Hidden on the map');
  const canvas = page.locator('.maplibregl-canvas');
  const at = await onScreen(page, sharedAt);
  await page.getByTestId('map').hover({ position: at });
  await expect(canvas).toHaveCSS('cursor', 'pointer');
  // Beside it, bare map (west of the point, away from the controls at the map's right edge).
  await page.getByTestId('map').hover({ position: { x: at.x - 100, y: at.y } });
  await expect(canvas).not.toHaveCSS('cursor', 'pointer');
});

test('a click on three features at one point lists them; one opens with a way back; Escape closes and returns focus', async ({
  page,
}) => {
  await openViewer(page);
  await importShared(page);
  await page.getByTestId('map').click({ position: await onScreen(page, sharedAt) });

  const card = popup(page);
  const listHeading = card.getByRole('heading', { level: 2, name: '3 features here' });
  await expect(listHeading).toBeFocused();
  const choices = card.getByRole('listitem').getByRole('button');
  await expect(choices).toHaveCount(3);
  // Each is named by its name or title, with its layer's name; one with neither is numbered in its layer.
  for (const [i, name] of CHOICES.entries()) await expect(choices.nth(i)).toContainText(name);
  await expect(choices.nth(0)).toContainText(LAYER);

  // One chosen: its properties, focus on its heading, and the list one control away.
  await choices.nth(1).click();
  await expect(card.getByRole('heading', { level: 2, name: LAYER })).toBeFocused();
  await expect(card.getByRole('table')).toContainText('Supply depot');
  await expect(card.getByRole('table')).toContainText('2025-07-03');
  await expect(card.getByRole('table')).not.toContainText('Checkpoint north');
  await card.getByRole('button', { name: 'Back to the list' }).click();
  await expect(choices).toHaveCount(3);
  await expect(card.getByRole('button', { name: /Supply depot/ })).toBeFocused();

  // By keyboard: the next entry opens with Enter, and Escape closes the card, focus back on the map.
  await page.keyboard.press('Tab');
  await expect(choices.nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('table')).toContainText('no name given');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();

  // One feature under the click: its properties at once, as before, with no list to go back to.
  await page.getByTestId('map').click({ position: await onScreen(page, loneAt) });
  await expect(card.getByRole('heading', { level: 2, name: LAYER })).toBeFocused();
  await expect(card.getByRole('table')).toContainText('Bridge');
  await expect(card.getByRole('button', { name: 'Back to the list' })).toHaveCount(0);
});

test('"Zoom to layer" frames the layer whole; a layer with nothing to frame says why its button does nothing', async ({
  page,
}) => {
  await openViewer(page);
  await importShared(page);
  const panel = page.getByTestId('layer-panel');
  // Somewhere else first: the Kupol plant, in Izhevsk, a long way from the layer.
  await panel.getByRole('button', { name: placeName('kupol-izhevsk'), exact: true }).click();
  await page.keyboard.press('Escape');
  await settled(page);
  expect(await extentInView(page)).toBe(false);

  await panel.getByRole('button', { name: `Zoom to layer ${LAYER}`, exact: true }).click();
  await settled(page);
  expect(await extentInView(page)).toBe(true);
  // Framed, not merely somewhere in view: the extent spans a good part of the map's width.
  const map = (await page.getByTestId('map').boundingBox())!;
  const west = await onScreen(page, [bbox.west, bbox.south]);
  const east = await onScreen(page, [bbox.east, bbox.north]);
  expect(east.x - west.x).toBeGreaterThan(map.width / 3);

  // Features without geometry: kept and listed in the layer's table, but nowhere on the map.
  await page.getByLabel('Import GeoJSON').setInputFiles(join(dir, 'chooser', 'no-geometry.geojson'));
  const none = panel.getByRole('button', { name: 'Zoom to layer no-geometry', exact: true });
  await expect(none).toBeDisabled();
  await expect(none).toHaveAccessibleDescription('This layer has no geometry to zoom to.');
  await expect(none).toHaveAttribute('title', 'This layer has no geometry to zoom to.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a tap beside the shared point lists its features inside the screen, accessibly, and a chosen one stays inside it', async ({
    page,
  }) => {
    await openViewer(page);
    await importShared(page);
    const at = await onScreen(page, sharedAt);
    // A fingertip's width off the point: a tap still reaches it.
    await page.getByTestId('map').tap({ position: { x: at.x + 10, y: at.y + 7 } });
    const card = popup(page);
    const listHeading = card.getByRole('heading', { level: 2, name: '3 features here' });
    await expect(listHeading).toBeFocused();
    await settled(page);
    // The card's box (the popup less its tip).
    const content = card.locator('.maplibregl-popup-content');
    await expectInViewAndUncovered(content, 'the list');
    await expectInViewAndUncovered(card.getByRole('button', { name: 'Close popup' }), 'its close control');
    await expect(card.getByRole('listitem')).toHaveCount(3);
    const results = await new AxeBuilder(page).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await card.getByRole('button', { name: /Checkpoint north/ }).tap();
    await expect(card.getByRole('heading', { level: 2, name: LAYER })).toBeFocused();
    await settled(page);
    await expectInViewAndUncovered(content, 'the chosen feature');
    await expectInViewAndUncovered(card.getByRole('button', { name: 'Back to the list' }), 'its way back');
  });
});
