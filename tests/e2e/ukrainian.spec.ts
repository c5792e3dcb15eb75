// The Ukrainian interface: page title, MapLibre's own controls and scale units, plurals, the claims heading and the file import's messages.
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { claims, claimsOf, openViewer } from './viewer';

const importFixture = (path: string) => fileURLToPath(new URL(`../fixtures/import/${path}`, import.meta.url));

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

test('in Ukrainian a card shows the editor’s Ukrainian summary, claimant and notes, marked as the editor’s translation; the quote stays verbatim', async ({
  page,
}) => {
  await openViewer(page, '#lang=uk&region=UA-09');
  const card = page.locator('.maplibregl-popup');
  const luhansk = claimsOf('UA-09');
  const claim = luhansk.find((c) => c.id === 'luhansk-fully-captured-russia-claim')!;
  const article = card.locator(`[data-claim-id="${claim.id}"]`);
  await expect(article.locator('.summary')).toContainText(claim.summary_uk!);
  await expect(article.locator('.summary')).toContainText('переклад редакції');
  await expect(article.locator('.summary')).not.toContainText(claim.summary);
  await expect(article.locator('dd').first()).toContainText(claim.claimant_uk!);
  await expect(article.locator('blockquote')).toHaveText(`“${claim.quote}”`);
  // Every translated editorial field carries the mark; in English there is none.
  const marks = await card.locator('.translated').count();
  expect(marks).toBeGreaterThanOrEqual(luhansk.length);
  // The claimant heading each side of a dispute is translated too.
  const disputeHeads = card.locator('.dispute .who');
  await expect(disputeHeads.filter({ hasText: claim.claimant_uk! })).not.toHaveCount(0);
  await expect(disputeHeads.filter({ hasText: new RegExp(`^${claim.claimant}$`) })).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(article.locator('.summary')).toContainText(claim.summary);
  await expect(card.locator('.translated')).toHaveCount(0);
});

test('in Ukrainian the claimant filter names claimants as the editor translated them, and still filters by the claim', async ({
  page,
}) => {
  await openViewer(page, '#lang=uk');
  const panel = page.getByTestId('claims-panel');
  const claimant = panel.getByLabel('Хто стверджує');
  const translated = claimsOf('UA-09').find((c) => c.claimant_uk && c.claimant_uk !== c.claimant);
  if (!translated?.claimant_uk) throw new Error('the data has no translated claimant about Luhansk');
  await expect(claimant.locator('option', { hasText: translated.claimant_uk })).toHaveCount(1);
  await claimant.selectOption({ label: translated.claimant_uk });
  const cards = panel.locator('[data-claim-id]');
  await expect(cards.first()).toBeVisible();
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')));
  expect(ids.sort()).toEqual(
    claims
      .filter((c) => c.claimant === translated.claimant)
      .map((c) => c.id)
      .sort(),
  );
});

test('in Ukrainian the file import speaks Ukrainian, and a switch of language rewords the message already shown', async ({
  page,
}) => {
  await openViewer(page, '#lang=uk');
  const input = page.getByLabel('Імпортувати GeoJSON', { exact: true });
  await expect(input).toHaveAttribute('type', 'file');
  // Our own control in place of the browser's English "Choose Files" button.
  await expect(page.getByText('Вибрати файли…')).toBeVisible();
  await expect(page.getByText('CSV або TSV, до 250,0 МБ')).toBeVisible();

  await input.setInputFiles(importFixture('formats/valid/events-acled-style.csv'));
  const notice = page.getByRole('status').filter({ hasText: 'events-acled-style' });
  await expect(notice).toContainText('CSV: 8 рядків, координати зі стовпців "latitude" і "longitude".');
  await expect(notice).toContainText('3 рядки не мають координат; їх наведено в таблиці шару, але не показано на мапі.');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(notice).toContainText("3 rows have no coordinates; they are listed in the layer's table but not drawn.");
  await expect(notice).not.toContainText('рядки');

  await page
    .getByLabel('Import GeoJSON', { exact: true })
    .setInputFiles(importFixture('invalid/feature-without-geometry.geojson'));
  const alert = page.getByRole('alert').filter({ hasText: 'feature-without-geometry.geojson' });
  await expect(alert).toContainText('Feature 1 (index 0) has no "geometry" member');
  await page.getByRole('button', { name: 'Українська' }).click();
  await expect(alert).toContainText(
    'feature-without-geometry.geojson: Об’єкт 1 (індекс 0): немає члена "geometry"; об’єкт без розташування має містити "geometry": null.',
  );
});

test('in Ukrainian a refused binary file and a CSV row’s unusable coordinates are explained in Ukrainian', async ({ page }) => {
  await openViewer(page, '#lang=uk');
  const input = page.getByLabel('Імпортувати GeoJSON', { exact: true });
  await input.setInputFiles(importFixture('invalid/binary-garbage.bin'));
  await expect(page.getByRole('alert').filter({ hasText: 'binary-garbage.bin' })).toContainText(
    'Цей файл схожий на двійкові дані, а не на текстовий файл',
  );
  await input.setInputFiles({
    name: 'points.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,lat,lon\nA,95,37.5\nB,48.1,37.5\n'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'points' })).toContainText(
    '1 рядок має координати, яких не можна використати (рядок 1: широта 95 поза межами -90…90 (можливо, широту й довготу переставлено?))',
  );
});
