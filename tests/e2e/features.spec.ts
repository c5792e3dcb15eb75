// Reading a claim in its source, the timeline, the Ukrainian interface and disputes side by side.
import { test, expect } from '@playwright/test';
import { claims, claimsOf, openViewer, placeName, popup, sources } from './viewer';

test('"Read in source" opens the article with the quote marked, and Escape closes it', async ({ page }) => {
  await openViewer(page, '#region=UA-59');
  const claim = claimsOf('UA-59')[0];
  const card = popup(page).locator(`[data-claim-id="${claim.id}"]`);
  await card.getByRole('button', { name: 'Read in source' }).click();
  const reader = page.getByTestId('source-reader');
  await expect(reader).toBeVisible();
  const source = sources.find((s) => s.id === claim.source)!;
  await expect(reader.getByRole('heading')).toHaveText(source.title);
  const current = reader.locator('mark.current');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('data-claim-id', claim.id);
  await expect(current).toBeInViewport();
  const fold = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
  expect(fold((await current.textContent()) ?? '')).toBe(fold(claim.quote));
  // Every other claim from the same article is marked too.
  const sameSource = claims.filter((c) => c.source === claim.source).length;
  expect(await reader.locator('mark').count()).toBeGreaterThan(sameSource / 2);
  await expect(page).toHaveURL(new RegExp(`read=${claim.id}`));
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
});

test('a permalink opens the source reader, and its links lead back to the map', async ({ page }) => {
  const claim = claimsOf('kupol-izhevsk')[0];
  await openViewer(page, `#read=${claim.id}`);
  const reader = page.getByTestId('source-reader');
  await expect(reader.locator('mark.current')).toHaveAttribute('data-claim-id', claim.id);
  const marked = await reader.locator('mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')));
  const luhansk = claims.find((c) => marked.includes(c.id) && c.places.find((p) => p !== 'UA') === 'UA-09')!;
  await reader.locator(`mark[data-claim-id="${luhansk.id}"] + button`).click();
  await expect(popup(page).locator('h2')).toHaveText(placeName('UA-09'));
});

test('the timeline narrows map colours, popups and the claims panel together, and sits in the permalink', async ({ page }) => {
  await openViewer(page, '#region=UA-43');
  const crimea = page.getByTestId('layer-panel').locator('#status-UA-43');
  await expect(crimea).not.toHaveText('No claims in the articles');
  const count = await popup(page).locator('[data-claim-id]').count();
  expect(count).toBeGreaterThan(0);
  const timeline = page.getByTestId('timeline');
  const from = timeline.getByRole('slider').first();
  await from.focus();
  // Move the start of the range to the last month: the 2014 annexation falls outside it.
  await page.keyboard.press('End');
  // Its claims are outside the dates, not missing from the articles.
  await expect(crimea).toHaveText('No claims in the selected dates');
  await expect(popup(page).locator('[data-claim-id]')).toHaveCount(0);
  await expect(page.getByTestId('claims-panel').locator('[data-claim-id]')).toHaveCount(0);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}/);
  await timeline.getByRole('button', { name: 'All dates' }).click();
  await expect(popup(page).locator('[data-claim-id]')).toHaveCount(count);
  // Undated claims are counted and can be hidden, never silently dropped.
  await expect(timeline).toContainText('have no known date');
  const listed = page.getByTestId('claims-panel').locator('[data-claim-id]');
  await page.getByTestId('claims-panel').getByRole('button', { name: 'Show all claims' }).click();
  await expect(listed).toHaveCount(claims.length);
  await timeline.getByLabel('Include claims with no known date').uncheck();
  const undated = claims.filter((c) => c.event_date.value === null).length;
  expect(undated).toBeGreaterThan(0);
  await expect(listed).toHaveCount(claims.length - undated);
});

test('the Ukrainian interface names places in Ukrainian, keeps quotes in English, and is remembered', async ({ page }) => {
  await openViewer(page, '#region=UA-09');
  await page.getByRole('button', { name: 'Українська' }).click();
  await expect(page.getByTestId('layer-panel').getByRole('heading', { level: 2 })).toHaveText('Шари');
  await expect(page.getByTestId('layer-panel').getByRole('button', { name: 'Луганська область', exact: true })).toBeVisible();
  const claim = claimsOf('UA-09')[0];
  await expect(popup(page).locator(`[data-claim-id="${claim.id}"] blockquote`)).toContainText(claim.quote.slice(0, 30));
  await expect(page).toHaveURL(/lang=uk/);
  await page.goto('/');
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Українська' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});

test('contradicting claims are shown side by side in the popup', async ({ page }) => {
  await openViewer(page, '#region=UA-09');
  const disputed = claimsOf('UA-09').filter((c) => c.disputes.some((d) => claimsOf('UA-09').some((o) => o.id === d)));
  expect(disputed.length).toBeGreaterThan(1);
  const group = popup(page)
    .locator('.dispute')
    .filter({ has: page.locator(`[data-claim-id="${disputed[0].id}"]`) });
  await expect(group).toHaveCount(1);
  for (const other of disputed[0].disputes.filter((d) => claimsOf('UA-09').some((o) => o.id === d))) {
    await expect(group.locator(`[data-claim-id="${other}"]`)).toHaveCount(1);
  }
});
