// Bring your own data: every broken or hostile fixture through the real file input of the built site.
import { readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { MISSION, openViewer, placeName, popup, settled } from './viewer';

const dir = new URL('../fixtures/import/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
  invalid: Record<string, string>;
  valid: Record<string, { layerName: string; features: number; notices: string[] }>;
  hostile: Record<string, { layerName: string; links: string[] }>;
};
const fixture = (group: string, name: string) => join(fileURLToPath(dir), group, name);

async function importFixture(page: Page, group: string, name: string): Promise<void> {
  await page.getByLabel('Import GeoJSON').setInputFiles(fixture(group, name));
}

/** The mission layers are untouched: every mission checkbox still there and checked, no imported layer listed. */
async function expectMissionUntouched(page: Page): Promise<void> {
  const panel = page.getByTestId('layer-panel');
  for (const id of MISSION) await expect(panel.getByRole('checkbox', { name: placeName(id), exact: true })).toBeChecked();
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
}

test('every invalid fixture is refused with its own message, and nothing on the map changes', async ({ page }) => {
  test.setTimeout(180_000);
  await openViewer(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const files = readdirSync(new URL('invalid/', dir));
  expect(files.sort()).toEqual(Object.keys(expected.invalid).sort());
  const panel = page.getByTestId('layer-panel');
  const before = await panel.getByRole('checkbox').count();
  for (const name of files) {
    await importFixture(page, 'invalid', name);
    await expect(page.getByRole('alert').filter({ hasText: name }), name).toContainText(expected.invalid[name]);
    expect(await panel.getByRole('checkbox').count(), `${name} added no layer`).toBe(before);
  }
  await expectMissionUntouched(page);
  expect(dialogs).toEqual([]);
});

test('a valid file becomes a named, removable layer fitted into view, with its properties in a popup', async ({ page }) => {
  await openViewer(page);
  await importFixture(page, 'valid', 'strikes-2025-07.geojson');
  const panel = page.getByTestId('layer-panel');
  const checkbox = panel.getByRole('checkbox', { name: 'strikes-2025-07', exact: true });
  await expect(checkbox).toBeChecked();
  await expect(page).toHaveURL(/view=/);
  await settled(page);
  // Click where one of the strike points is drawn: its properties show as text.
  const data = JSON.parse(readFileSync(fixture('valid', 'strikes-2025-07.geojson'), 'utf8'));
  const [lng, lat] = data.features[0].geometry.coordinates;
  const at = await page.evaluate(
    ([x, y]) =>
      (
        window as unknown as { situationViewer: { project(x: number, y: number): { x: number; y: number } } }
      ).situationViewer.project(x, y),
    [lng, lat],
  );
  await page.getByTestId('map').click({ position: at });
  await expect(popup(page).locator('h2')).toHaveText('strikes-2025-07');
  for (const [key, value] of Object.entries(data.features[0].properties as Record<string, unknown>)) {
    await expect(popup(page)).toContainText(key);
    await expect(popup(page)).toContainText(String(value));
  }
  await page.keyboard.press('Escape');
  // Several imports coexist, and each can be removed on its own.
  await importFixture(page, 'valid', 'frontline-2025-07.geojson');
  await expect(panel.getByRole('checkbox', { name: 'frontline-2025-07', exact: true })).toBeChecked();
  await expect(checkbox).toBeChecked();
  await expectMissionUntouched(page);
  await panel.getByRole('button', { name: 'Remove strikes-2025-07' }).click();
  await expect(panel.getByRole('checkbox', { name: 'frontline-2025-07', exact: true })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'strikes-2025-07', exact: true })).toHaveCount(0);
});

test('odd but valid files import with a notice', async ({ page }) => {
  await openViewer(page);
  for (const name of ['odd-mixed.geojson', 'empty-collection.geojson']) {
    await importFixture(page, 'valid', name);
    const spec = expected.valid[name];
    await expect(page.getByTestId('layer-panel').getByRole('checkbox', { name: spec.layerName, exact: true })).toBeVisible();
    for (const notice of spec.notices)
      await expect(page.getByRole('status').filter({ hasText: spec.layerName })).toContainText(notice);
  }
});

test('hostile files render as text: no script runs, no prototype is polluted, only http(s) links are links', async ({ page }) => {
  await openViewer(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const panel = page.getByTestId('layer-panel');
  for (const [name, spec] of Object.entries(expected.hostile)) {
    await importFixture(page, 'hostile', name);
    await expect(panel.getByRole('checkbox', { name: spec.layerName, exact: true })).toBeVisible();
    const data = JSON.parse(readFileSync(fixture('hostile', name), 'utf8'));
    const [lng, lat] = data.features[0].geometry.coordinates;
    await settled(page);
    const at = await page.evaluate(
      ([x, y]) =>
        (
          window as unknown as { situationViewer: { project(x: number, y: number): { x: number; y: number } } }
        ).situationViewer.project(x, y),
      [lng, lat],
    );
    await page.getByTestId('map').click({ position: at });
    const pop = popup(page);
    await expect(pop.locator('h2')).toHaveText(spec.layerName);
    await expect(pop.locator('img, script, iframe')).toHaveCount(0);
    const links = await pop.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length, `${name} links`).toBe(spec.links.length);
    for (const href of links) expect(href).toMatch(/^https?:/);
    await page.keyboard.press('Escape');
    await panel.getByRole('checkbox', { name: spec.layerName, exact: true }).uncheck();
  }
  const polluted = await page.evaluate(() => ({
    proto: ({} as Record<string, unknown>).polluted,
    pwned: (window as unknown as Record<string, unknown>).__pwned,
  }));
  expect(polluted).toEqual({ proto: undefined, pwned: undefined });
  expect(dialogs).toEqual([]);
  await expectMissionUntouched(page);
});

test('a file dropped on the map is imported', async ({ page }) => {
  await openViewer(page);
  const text = readFileSync(fixture('valid', 'areas.geojson'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped-areas.geojson', { type: 'application/geo+json' }));
    return dt;
  }, text);
  const map = page.locator('main');
  await map.dispatchEvent('dragover', { dataTransfer: transfer });
  await map.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('layer-panel').getByRole('checkbox', { name: 'dropped-areas', exact: true })).toBeChecked();
});

test('a file over the size limit is refused before it is read', async ({ page }) => {
  await openViewer(page);
  const huge = join(tmpdir(), 'huge.geojson');
  writeFileSync(huge, '');
  truncateSync(huge, 250 * 1024 * 1024 + 1);
  await page.getByLabel('Import GeoJSON').setInputFiles(huge);
  await expect(page.getByRole('alert').filter({ hasText: 'huge.geojson' })).toContainText('too large to import');
  await expectMissionUntouched(page);
});
