// The timeline's range: its handles cannot cross, and a place whose claims all fall outside it says so.
import { test, expect } from '@playwright/test';
import { openViewer, placeName } from './viewer';

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
});
