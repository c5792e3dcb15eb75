// "Embed" gives an <iframe> snippet of the current view in the compact layout; "Copy link" copies the view's permalink.
import { expect, test } from '@playwright/test';
import { openViewer, placeName } from './viewer';

test('Embed gives an iframe snippet of the current view, sized as asked, which renders the compact layout', async ({
  page,
  browser,
  baseURL,
}) => {
  await openViewer(page, '#region=UA-09&lang=uk');
  const panel = page.getByTestId('claims-panel');
  await panel.getByRole('button', { name: 'Експорт' }).click();
  await panel.getByRole('button', { name: 'Вбудувати' }).click();
  const code = panel.getByRole('textbox', { name: 'Код для вставлення в сторінку' });
  await expect(code).toHaveValue(
    /^<iframe src="[^"]*#region=UA-09[^"]*&amp;lang=uk[^"]*&amp;embed=1" width="720" height="480" title="[^"]+" loading="lazy" style="border:0"><\/iframe>$/,
  );
  await panel.getByRole('spinbutton', { name: 'Ширина (px)' }).fill('600');
  await expect(code).toHaveValue(/width="600" height="480"/);

  // The snippet, pasted into another page, shows the same place and language without the side panel.
  const snippet = await code.inputValue();
  const host = await browser.newPage();
  await host.setContent(`<!doctype html><title>An article</title><p>Before the map.</p>${snippet}`);
  const frame = host.frameLocator('iframe');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(frame.getByTestId('layer-panel')).toHaveCount(0);
  await expect(frame.getByTestId('claims-panel')).toHaveCount(0);
  await expect(frame.getByRole('heading', { name: placeName('UA-09'), exact: true }).first()).toBeVisible();
  const full = frame.getByRole('link', { name: 'Відкрити повну мапу' });
  await expect(full).toHaveAttribute('href', new RegExp(`^${baseURL}#region=UA-09(&view=[\\d./-]+)?&lang=uk$`));
  await expect(full).toHaveAttribute('target', '_blank');
  const box = await host.locator('iframe').boundingBox();
  expect(box && Math.round(box.width)).toBe(600);
  await host.close();
});

test('Copy link puts the current view’s permalink on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openViewer(page, `#site=kupol-izhevsk`);
  await page.getByTestId('claims-panel').getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('claims-panel').getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain('site=kupol-izhevsk');
});
