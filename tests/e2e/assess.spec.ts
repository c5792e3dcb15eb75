// Claimed vs assessed: an imported polygon layer marked "Use as assessed control" puts a named, dated figure beside Luhansk's control claims, in the legend and in the link.
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { openViewer, popup } from './viewer';

const fixture = fileURLToPath(new URL('../fixtures/assess/test-assessment_20250704.geojson', import.meta.url));
const CLAIM = 'luhansk-fully-captured-russia-claim'; // control, 2025-07
const OLD_CLAIM = 'luhansk-first-region-fully-controlled'; // control, 2022: earlier than the series

test('mark an imported layer as an assessment, read the figures in the card and the panel, move the timeline, keep it across a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = await openViewer(page);
  const panel = page.getByTestId('layer-panel');
  await page.getByLabel('Import GeoJSON').setInputFiles(fixture);
  await expect(panel.getByRole('checkbox', { name: 'test-assessment_20250704', exact: true })).toBeChecked();

  await panel.getByRole('button', { name: 'Use as assessed control' }).click();
  const form = page.getByRole('form', { name: /as assessed control/ });
  // Two dates in the features: a time series; the date field is prefilled from the file name.
  await expect(form).toContainText('2 dates, from 2025-06-01 to 2025-07-04');
  await expect(form.getByLabel('Assessment date')).toHaveValue('2025-07-04');
  // "Assessed by" is required, with a clear message.
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.getByRole('alert')).toContainText('Assessed by');
  await form.getByLabel('Assessed by').fill('Test Assessor');
  await form.getByLabel('Licence or source note').fill('Made-up test data, not an assessment.');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.getByRole('status')).toContainText('Test Assessor');

  // Legend: name and the date drawn (no timeline end: the latest).
  const legend = page.getByTestId('assessed-legend');
  await expect(legend).toContainText('Assessed area (Test Assessor, 2025-07-04)');
  await expect(page).toHaveURL(/assess=Test%20Assessor~2025-07-04/);

  // The place card: the figure beside the control claim, the method one click away.
  await panel.getByRole('button', { name: 'Luhansk', exact: true }).click();
  const card = popup(page).locator(`[data-claim-id="${CLAIM}"]`);
  // In the page: from the claim's card being in the popup to its figure being there.
  const latency = await card.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const done = () => el.querySelector('[data-testid="assessed-figures"]')?.textContent?.includes('% of') ?? false;
        if (done()) return resolve(0);
        new MutationObserver((_, obs) => {
          if (done()) {
            obs.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(el, { subtree: true, childList: true, characterData: true });
      }),
  );
  console.log(`figure shown ${latency.toFixed(0)} ms after the claim's card was in the popup`);
  expect(latency).toBeLessThan(300);
  const figure = card.getByTestId('assessed-figures');
  await expect(figure).toContainText('Assessed by Test Assessor on 2025-07-04: 100.0% of Luhansk oblast (');
  await figure.locator('summary').first().click();
  await expect(figure).toContainText('Geodesic area');
  await expect(figure).toContainText('This is Test Assessor’s assessment, not an established fact.');
  await expect(figure).toContainText('Made-up test data, not an assessment.');
  // A claim earlier than the whole series gets the latest, labelled so.
  await expect(popup(page).locator(`[data-claim-id="${OLD_CLAIM}"]`).getByTestId('assessed-figures')).toContainText(
    'latest assessment; the claim is earlier than the first one (2025-06-01)',
  );

  // The claims panel lists the same figure beside the same claim.
  const claimsPanel = page.getByTestId('claims-panel');
  await expect(claimsPanel.locator(`[data-claim-id="${CLAIM}"]`).getByTestId('assessed-figures')).toContainText('100.0% of Luhansk oblast');

  // Ukraine as a whole, beside the "nearly a fifth" claim.
  await page.keyboard.press('Escape');
  await claimsPanel.getByRole('searchbox', { name: 'Search claims' }).fill('nearly a fifth');
  await expect(claimsPanel.locator('[data-claim-id="russia-controls-fifth-of-ukraine"]').getByTestId('assessed-figures')).toContainText(
    /Assessed by Test Assessor on 2025-07-04: \d+\.\d+% of Ukraine \(.*\) \(latest assessment; the claim has no date\)/,
  );

  // The timeline's end moves the map's assessment, its legend entry and the link.
  await page.evaluate(() => (location.hash = '#to=2025-06'));
  await expect(legend).toContainText('Assessed area (Test Assessor, 2025-06-01)');
  await expect(page).toHaveURL(/assess=Test%20Assessor~2025-06-01/);

  // Kept with the layer: after a reload the layer comes back marked.
  await page.goto('/');
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(page.getByTestId('assessed-legend')).toContainText('Assessed area (Test Assessor, 2025-07-04)', { timeout: 20_000 });

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a link naming an assessment whose file is not here says so', async ({ page }) => {
  await openViewer(page, '#assess=Someone%20Else~2025-07-04');
  await expect(page.getByTestId('layer-panel').locator('..').getByText('The link names an assessment by Someone Else on 2025-07-04')).toBeVisible();
});
