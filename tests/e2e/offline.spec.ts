// The installable, offline viewer: after one visit it opens with no network at all, with the claims it has seen.
import { expect, test, type Page } from '@playwright/test';
import { claimsOf, placeName, popup } from './viewer';

test.use({ serviceWorkers: 'allow' });

/** Resolves once the page's service worker has installed (its precache filled) and activated. */
async function workerActivated(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active as ServiceWorker;
    if (worker.state === 'activated') return;
    await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
  });
}

test('after one visit the viewer opens offline: map, places, and the claims already seen', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto('/');
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  // The worker installs (precaching the app, tiles and glyphs) and takes the page over.
  await workerActivated(page);
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // A card seen while online: its claims come from the cache later.
  const panel = page.getByTestId('layer-panel');
  await panel.getByRole('button', { name: placeName('UA-09'), exact: true }).click();
  await expect(popup(page).locator('[data-claim-id]').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
  await panel.getByRole('button', { name: placeName('UA-09'), exact: true }).click();
  await expect(popup(page).locator('[data-claim-id]')).not.toHaveCount(0);
  expect(await popup(page).locator('[data-claim-id]').count()).toBeGreaterThanOrEqual(Math.min(claimsOf('UA-09').length, 10));
  // "ready" offline means every tile and glyph of the first view came from the cache: a failed tile
  // fetch is a map error, which the page reports instead.
  expect(errors).toEqual([]);
  await context.setOffline(false);
});

test('with the current version installed, no update is offered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await workerActivated(page);
  // No new version: no prompt.
  await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
});
