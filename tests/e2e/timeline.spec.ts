// The timeline's range: its handles cannot cross, and a place whose claims all fall outside it says so.
import { test, expect, type Page } from '@playwright/test';
import { mapPatch, openViewer, placeName, placeOnScreen, settled } from './viewer';

test('"From" dragged past "To" stops at "To", handle and label alike', async ({ page }) => {
  await openViewer(page);
  const timeline = page.getByTestId('timeline');
  const from = timeline.getByRole('slider', { name: /^From/ });
  const to = timeline.getByRole('slider', { name: /^To/ });
  await to.fill('3');
  await from.fill('2');
  await expect(from).toHaveValue('2');
  // Past "To": the handle stays at "To", not where it was dropped, also when it was at "To" already.
  const max = (await from.getAttribute('max')) ?? '9';
  await from.fill(max);
  await expect(from).toHaveValue('3');
  await from.fill(max);
  await expect(from).toHaveValue('3');
  await expect(from).toHaveAttribute('aria-valuetext', (await to.getAttribute('aria-valuetext'))!);
  // And "To" cannot go below "From".
  await to.fill('0');
  await expect(to).toHaveValue('3');
  await to.fill('0');
  await expect(to).toHaveValue('3');
});

test('a place whose claims all lie outside the dates says "No claims in the selected dates"', async ({ page }) => {
  await openViewer(page, '#region=UA-59&from=2014-01&to=2015-01');
  const c = page.locator('.maplibregl-popup');
  await expect(c.getByRole('heading', { level: 2 })).toHaveText(placeName('UA-59'));
  await expect(c).toContainText('No claims in the selected dates.');
  await expect(c).not.toContainText('The articles make no claim');
  // The layer panel says the same of it, not "No claims in the articles".
  await expect(page.getByTestId('layer-panel').locator('#status-UA-59')).toHaveText('No claims in the selected dates');
});

test('a reload and back/forward keep "Include undated" and the claims filters', async ({ page }) => {
  await openViewer(page);
  const undated = page.getByTestId('timeline').getByRole('checkbox', { name: 'Include claims with no known date' });
  const panel = page.getByTestId('claims-panel');
  const kind = panel.getByRole('combobox', { name: 'Kind' });
  const search = panel.getByRole('searchbox', { name: 'Search claims' });
  await undated.uncheck();
  await kind.selectOption('control');
  await search.fill('Luhansk');
  await expect(page).toHaveURL(/undated=0/);
  await expect(page).toHaveURL(/kind=control/);
  await expect(page).toHaveURL(/q=Luhansk/);
  const count = await panel.locator('.count').textContent();

  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(undated).not.toBeChecked();
  await expect(kind).toHaveValue('control');
  await expect(search).toHaveValue('Luhansk');
  await expect(panel.locator('.count')).toHaveText(count!);

  // Back undoes the kind filter (the search text only replaced its history entry), then "Include undated".
  await page.goBack();
  await expect(kind).toHaveValue('');
  await expect(undated).not.toBeChecked();
  await page.goBack();
  await expect(undated).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(undated).not.toBeChecked();
  await expect(kind).toHaveValue('control');
});

/** A few pixels of the map at a point, as PNG bytes, once the map has drawn everything. */
async function pixelsAt(page: Page, at: { x: number; y: number }): Promise<string> {
  await settled(page);
  return (await mapPatch(page, { x: Math.round(at.x), y: Math.round(at.y) }, 2)).toString('base64');
}

test('a site\'s marker follows the timeline: with none of its claims in the dates it looks like "No claims"', async ({
  page,
}) => {
  await openViewer(page);
  // The ring's stroke (radius 6, 3 px wide, drawn outside it) and the burst's middle: opaque marker
  // ink, whatever the region under it is coloured.
  const kyiv = await placeOnScreen(page, 'kyiv');
  const ring = { x: kyiv.x + 7.5, y: kyiv.y };
  const kupol = await placeOnScreen(page, 'kupol-izhevsk');
  const ringBefore = await pixelsAt(page, ring);
  const burstBefore = await pixelsAt(page, kupol);

  // Kyiv's claims are all from July 2025: a range that ends in the first month leaves them out.
  await page.getByTestId('timeline').getByRole('slider', { name: /^To/ }).fill('0');
  expect(await pixelsAt(page, ring)).not.toBe(ringBefore);
  // The Kupol plant's claims are undated.
  await page.getByTestId('timeline').getByRole('checkbox', { name: 'Include claims with no known date' }).uncheck();
  expect(await pixelsAt(page, kupol)).not.toBe(burstBefore);

  await page
    .getByTestId('timeline')
    .getByRole('button', { name: /Reset|All dates/i })
    .click();
  await page.getByTestId('timeline').getByRole('checkbox', { name: 'Include claims with no known date' }).check();
  expect(await pixelsAt(page, ring)).toBe(ringBefore);
  expect(await pixelsAt(page, kupol)).toBe(burstBefore);
});

test('the legend explains a marker with no claims in the dates once there is one', async ({ page }) => {
  await openViewer(page);
  const row = page.getByText('Point with no claims in the selected dates');
  await expect(row).toHaveCount(0);
  await page.getByTestId('timeline').getByRole('checkbox', { name: 'Include claims with no known date' }).uncheck();
  await expect(row).toBeVisible();
});
