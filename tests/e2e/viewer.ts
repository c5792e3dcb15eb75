// Shared set-up for browser tests: open the built viewer, watch console and network, read the shipped data.
import { readFileSync } from 'node:fs';
import { readClaims } from '../../scripts/lib/read-geodata';
import { expect, type Locator, type Page } from '@playwright/test';
import { MISSION_REGIONS, MISSION_SITES, type Claim, type Source } from '../../src/lib/model/types';

const root = new URL('../../', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;

export const claims: Claim[] = readClaims(new URL('geodata/', root).pathname);
export const sources: Source[] = readJson('geodata/sources/sources.json');

interface Named {
  properties: { id: string; name_en: string; name_uk?: string };
}
export const regions = readJson<{ features: Named[] }>('geodata/regions.geojson').features.map((f) => f.properties);
export const sites = readJson<{ features: Named[] }>('geodata/sites.geojson').features.map((f) => f.properties);

export const MISSION: string[] = [...MISSION_REGIONS, ...MISSION_SITES];

export function placeName(id: string): string {
  const place = [...regions, ...sites].find((p) => p.id === id);
  if (!place) throw new Error(`no place ${id} in geodata`);
  return place.name_en;
}

export const claimsOf = (id: string): Claim[] => claims.filter((c) => c.places.includes(id));

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Opens the viewer at `hash`, failing on any console error or request to another host, and waits for "ready". */
export async function openViewer(page: Page, hash = ''): Promise<Watch> {
  const watch: Watch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      watch.foreignRequests.push(req.url());
    }
  });
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  return watch;
}

/**
 * In the page: the MapLibre internals patches the map runs with (src/lib/map/internals; the test
 * build picks them with `?internals=`). Runs in the browser, so it is passed to page.evaluate whole.
 */
export function mapInternals(): string[] {
  const api = (window as unknown as { situationViewer?: { internals: string[] } }).situationViewer;
  if (!api) throw new Error('no window.situationViewer: dist/ is not a test build (npm run build:test)');
  return api.internals;
}

/** Screen position of a place's label point on the map canvas. */
export async function placeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((placeId) => {
    const api = (
      window as unknown as {
        situationViewer: {
          placeAnchor(id: string): [number, number];
          project(lng: number, lat: number): { x: number; y: number };
        };
      }
    ).situationViewer;
    const [lng, lat] = api.placeAnchor(placeId);
    return api.project(lng, lat);
  }, id);
}

/** PNG of the map canvas around a point: what is drawn there. */
export async function mapPatch(page: Page, at: { x: number; y: number }, size = 40): Promise<Buffer> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  return page.screenshot({
    clip: { x: box.x + at.x - size / 2, y: box.y + at.y - size / 2, width: size, height: size },
    animations: 'disabled',
  });
}

export const popup = (page: Page) => page.locator('.maplibregl-popup');

/** Waits until the map has stopped moving and has drawn all it was given. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { situationViewer: { settled(): Promise<void> } }).situationViewer.settled());
}

/** The element lies wholly in the viewport, and what is drawn at its centre and inner corners is itself. */
export async function expectInViewAndUncovered(el: Locator, what: string): Promise<void> {
  const report = await el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const inside = r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight && r.width > 0;
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 3, r.top + 3],
      [r.right - 3, r.bottom - 3],
    ];
    const covered = points
      .map(([x, y]) => document.elementFromPoint(x, y))
      .filter((hit) => !hit || !(hit === node || node.contains(hit)))
      .map((hit) => (hit ? hit.outerHTML.slice(0, 80) : 'nothing'));
    return { inside, box: [r.left, r.top, r.right, r.bottom].map(Math.round), covered };
  });
  expect(report.inside, `${what} inside the viewport: ${JSON.stringify(report.box)}`).toBe(true);
  expect(report.covered, `${what} covered`).toEqual([]);
}

/** Exports the PNG and returns every piece of text drawn on a 2D canvas meanwhile. */
export async function exportedPngText(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const drawn: string[] = ((window as unknown as { __drawn: string[] }).__drawn = []);
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, max?: number) {
      drawn.push(text);
      return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
    };
  });
  const panel = page.getByTestId('claims-panel');
  await panel.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'PNG', exact: true }).click(),
  ]);
  expect(
    readFileSync((await file.path())!)
      .subarray(1, 4)
      .toString('latin1'),
  ).toBe('PNG');
  return page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
}
