// Files that are not GeoJSON, through the real file input of the built site: KML, a CSV with gaps, layers kept across a reload, a big CSV.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from './axe';
import { openViewer, popup, settled } from './viewer';

const dir = fileURLToPath(new URL('../fixtures/import/formats/', import.meta.url));
const fixture = (group: string, name: string) => join(dir, group, name);
const input = (page: Page) => page.getByLabel('Import GeoJSON');
const panel = (page: Page) => page.getByTestId('layer-panel');

test('a KML file becomes a layer: listed, counted, drawn, its placemark card as plain text', async ({ page }) => {
  const watch = await openViewer(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await expect(input(page)).toHaveAttribute('accept', /\.kml/);
  await expect(page.getByText(/GeoJSON, TopoJSON, KML, KMZ, GPX, CSV or TSV/)).toBeVisible();
  await input(page).setInputFiles(fixture('valid', 'geolocations.kml'));
  const checkbox = panel(page).getByRole('checkbox', { name: 'geolocations', exact: true });
  await expect(checkbox).toBeChecked();
  await expect(panel(page).getByText('4 features · KML')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'geolocations' })).toContainText('2 folders');
  await settled(page);
  // Click the "Depot fire" placemark: its name, folder, ExtendedData and description show as text.
  const at = await page.evaluate(() =>
    (
      window as unknown as { situationViewer: { project(lng: number, lat: number): { x: number; y: number } } }
    ).situationViewer.project(37.8, 48.02),
  );
  await page.getByTestId('map').click({ position: at });
  const card = popup(page);
  await expect(card.locator('h2')).toHaveText('geolocations');
  await expect(card).toContainText('Depot fire');
  await expect(card).toContainText('Strikes / July');
  await expect(card).toContainText('2025-07-14');
  await expect(card).toContainText('Smoke seen from two angles.');
  await expect(card.locator('b, p b, script, img')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // A hostile KML: script, img and javascript: links in its description stay inert text.
  await input(page).setInputFiles(fixture('hostile', 'script-in-description.kml'));
  await expect(panel(page).getByRole('checkbox', { name: 'script-in-description', exact: true })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a CSV with missing coordinates: the gaps are reported and listed in the layer table', async ({ page }) => {
  await openViewer(page);
  await input(page).setInputFiles(fixture('valid', 'events-acled-style.csv'));
  await expect(panel(page).getByRole('checkbox', { name: 'events-acled-style', exact: true })).toBeChecked();
  await expect(panel(page).getByText('8 features · CSV')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'events-acled-style' })).toContainText('3 rows have no coordinates');
  await panel(page).getByRole('button', { name: 'Table of events-acled-style' }).click();
  const table = page.getByTestId('imported-layer-table');
  await expect(table.getByRole('checkbox', { name: 'Only rows not on the map (3)' })).toBeChecked();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('UKR1003');
  await expect(rows.nth(1)).toContainText('UKR1005');
  await expect(rows.nth(2)).toContainText('UKR1008');
  // All rows, the placed ones marked as on the map.
  await table.getByRole('checkbox', { name: 'Only rows not on the map (3)' }).uncheck();
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(0)).toContainText('Kostiantynivka');
  // The import controls and the open table pass axe (nothing above minor).
  const results = await new AxeBuilder(page).analyze();
  const mine = (html: string) => /import|layer-table/.test(html);
  const bad = results.violations.filter(
    (v) => v.impact !== 'minor' && v.nodes.some((n) => mine(n.html) || mine(n.target.join(' '))),
  );
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // A broken CSV is refused with its reason, and adds no layer.
  await input(page).setInputFiles(fixture('invalid', 'no-coordinate-columns.csv'));
  await expect(page.getByRole('alert').filter({ hasText: 'no-coordinate-columns.csv' })).toContainText(
    'has no coordinate columns',
  );
  await expect(panel(page).getByRole('checkbox', { name: 'no-coordinate-columns', exact: true })).toHaveCount(0);
});

test('an imported layer is kept on this device across a reload, until removed', async ({ page }) => {
  await openViewer(page);
  await input(page).setInputFiles(fixture('valid', 'patrol.gpx'));
  await input(page).setInputFiles(fixture('valid', 'events-ukrainian.csv'));
  await expect(panel(page).getByRole('checkbox', { name: 'events-ukrainian', exact: true })).toBeChecked();
  await panel(page).getByRole('checkbox', { name: 'patrol', exact: true }).uncheck();
  // Wait until both are stored (the worker writes after the layer is shown).
  await expect.poll(() => keptCount(page), { timeout: 15_000 }).toBe(2);
  // The hidden state is written after the layer itself: wait for it too before reloading.
  await expect.poll(() => keptRecords(page), { timeout: 15_000 }).toEqual(['events-ukrainian:shown', 'patrol:hidden']);

  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  const gpx = panel(page).getByRole('checkbox', { name: 'patrol', exact: true });
  const csv = panel(page).getByRole('checkbox', { name: 'events-ukrainian', exact: true });
  await expect(csv).toBeChecked({ timeout: 15_000 });
  await expect(gpx).not.toBeChecked();
  await expect(panel(page).getByText('3 features · CSV')).toBeVisible();
  // The kept CSV still has its cells: its table lists the row without coordinates.
  await panel(page).getByRole('button', { name: 'Table of events-ukrainian' }).click();
  await expect(page.getByTestId('imported-layer-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('imported-layer-table')).toContainText('Купʼянськ');

  await panel(page).getByRole('button', { name: 'Remove all imported layers' }).click();
  await expect(csv).toHaveCount(0);
  await expect(gpx).toHaveCount(0);
  await expect.poll(() => keptCount(page), { timeout: 10_000 }).toBe(0);
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await page.waitForTimeout(3000);
  await expect(panel(page).getByRole('checkbox', { name: 'events-ukrainian', exact: true })).toHaveCount(0);
});

test('storage refused: the layer still works for the session, with a message', async ({ page }) => {
  // IndexedDB made to fail as a full disk would. An init script cannot reach into a worker, so the parse
  // worker is kept from starting too: the import then runs (and stores) on the page, as on a browser without workers.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        if (String(url).includes('parse.worker')) throw new Error('parse worker blocked by the test');
        super(url, options);
      }
    };
  });
  await openViewer(page);
  await input(page).setInputFiles(fixture('valid', 'geolocations.kml'));
  await expect(panel(page).getByRole('checkbox', { name: 'geolocations', exact: true })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'could not be kept on this device' })).toContainText(
    'storage for this site is full',
  );
});

test('a 250,000-row event CSV shows progress and a Cancel, then is listed with its rows counted and its gaps reported', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const big = bigCsv();
  await openViewer(page);
  // Cancel first: the import stops, nothing is added.
  await input(page).setInputFiles(big);
  const cancel = page.getByRole('button', { name: 'Cancel importing acled-250k' });
  await expect(cancel).toBeVisible();
  await expect(page.locator('progress')).toBeVisible();
  await cancel.click();
  await expect(page.getByRole('alert').filter({ hasText: 'acled-250k.csv' })).toContainText('The import was cancelled.');
  await expect(panel(page).getByRole('checkbox', { name: 'acled-250k', exact: true })).toHaveCount(0);

  // How soon it is listed, and how the map pans meanwhile, is measured by `npm run bench -- --files`.
  await input(page).setInputFiles(big);
  await expect(panel(page).getByRole('checkbox', { name: 'acled-250k', exact: true })).toBeChecked({ timeout: 60_000 });
  await expect(panel(page).getByText(/250,?000 features · CSV/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'acled-250k' })).toContainText('5,000 rows have no coordinates');
});

/** The kept layers' names and shown/hidden state, sorted. */
async function keptRecords(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('situation-viewer-imports');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('layers')) return resolve([]);
          const req = db.transaction('layers').objectStore('layers').getAll();
          req.onsuccess = () => {
            resolve(
              (req.result as { name: string; visible: boolean }[])
                .map((r) => `${r.name}:${r.visible ? 'shown' : 'hidden'}`)
                .sort(),
            );
            db.close();
          };
        };
        open.onerror = () => resolve([]);
      }),
  );
}

async function keptCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('situation-viewer-imports');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('layers')) return resolve(0);
          const req = db.transaction('layers').objectStore('layers').count();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
        };
        open.onerror = () => resolve(-1);
      }),
  );
}

/** The ACLED-shaped 250,000-row CSV, made at test time in the temp folder (never committed). */
function bigCsv(): string {
  const folder = join(tmpdir(), 'sv-import');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'acled-250k.csv');
  if (!existsSync(path) || statSync(path).size < 50e6) {
    execFileSync(process.execPath, [
      fileURLToPath(new URL('../fixtures/import/formats/big-csv.mjs', import.meta.url)),
      path,
      '250000',
    ]);
  }
  return path;
}
