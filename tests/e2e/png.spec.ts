// The PNG export says what it shows: its sources, the dates shown and the export date, and a legend of every marker.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { openViewer, sources } from './viewer';

/** Exports the PNG and returns every piece of text drawn on a 2D canvas meanwhile. */
async function exportedText(page: Page): Promise<string[]> {
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

test('the PNG names its sources, the dates it shows and the day it was exported', async ({ page }) => {
  await openViewer(page, '#from=2025-04&to=2025-07');
  const drawn = (await exportedText(page)).join(' ');
  for (const source of sources) expect(drawn).toContain(source.title.split(' ').slice(0, 3).join(' '));
  expect(drawn).toContain('Dates shown: April 2025 – July 2025');
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
  expect(drawn).toContain(`Exported ${today}`);
  // The legend has every marker the map draws: the strike symbol and the ringed dot of a named place.
  expect(drawn).toContain('Strike site (point)');
  expect(drawn).toContain('Named place (point)');
});
