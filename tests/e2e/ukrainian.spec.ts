// The Ukrainian interface: page title, MapLibre's own controls and scale units, plurals and the claims heading.
import { test, expect } from '@playwright/test';
import { openViewer } from './viewer';

test('in Ukrainian the title, the map controls and the scale units are Ukrainian', async ({ page }) => {
  await openViewer(page, '#lang=uk');
  await expect(page).toHaveTitle('Огляд ситуації');
  await expect(page.getByRole('button', { name: 'Збільшити' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Зменшити' })).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-scale')).toContainText(/км|м$/);
  await expect(page.getByText('Твердження про')).toHaveCount(0);
});

test('switching to Ukrainian relabels the title and MapLibre’s controls', async ({ page }) => {
  await openViewer(page, '#region=UA-09');
  await expect(page).toHaveTitle('Situation Viewer');
  await page.getByRole('button', { name: 'Українська' }).click();
  await expect(page).toHaveTitle('Огляд ситуації');
  await expect(page.getByRole('button', { name: 'Збільшити' })).toBeVisible();
  await expect(page.locator('.maplibregl-popup').getByRole('button', { name: 'Закрити' })).toBeVisible();
  await expect(page.getByTestId('claims-panel').getByRole('heading', { level: 2 })).toHaveText('Твердження — Луганська область');
});
