// The Ukrainian interface: page title, MapLibre's own controls and scale units, plurals and the claims heading.
import { test, expect } from '@playwright/test';
import { claims, claimsOf, openViewer } from './viewer';

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
