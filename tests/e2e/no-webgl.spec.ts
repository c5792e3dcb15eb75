// Without WebGL the page says so plainly and the claims stay readable and filterable.
import { test, expect } from '@playwright/test';
import { claims } from './viewer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')), '--disable-webgl', '--disable-3d-apis'],
  },
});

test('the page says the map needs WebGL and the claims stay readable and filterable', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'WebGL' })).toContainText('The map needs WebGL');
  const panel = page.getByTestId('claims-panel');
  await expect(panel.locator('[data-claim-id]')).toHaveCount(claims.length);
  await panel.getByLabel('Search claims').fill('Kupol');
  const kupol = claims.filter((c) => /kupol/i.test(c.quote + c.summary)).length;
  await expect(panel.locator('[data-claim-id]')).toHaveCount(kupol);
  await page.getByTestId('layer-panel').getByRole('button', { name: 'Sumy', exact: true }).click();
  await expect(panel.locator('h2')).toContainText('Sumy');
  expect(errors).toEqual([]);
});
