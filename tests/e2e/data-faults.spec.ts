// Faults in the run-time data: a shard or the index missing, damaged or of another data version. The place says so, the rest works.
import { expect, test, type Page, type Route } from '@playwright/test';
import { claimsOf, placeName, popup } from './viewer';

/** Uncaught errors in the page: a fault must be shown, never thrown. */
function watchUncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
}

async function selectPlace(page: Page, id: string): Promise<void> {
  await page
    .getByTestId('layer-panel')
    .getByRole('button', { name: placeName(id), exact: true })
    .click();
  await expect(popup(page).getByRole('heading', { name: placeName(id) })).toBeVisible();
}

const LUHANSK = 'UA-09';
const DONETSK = 'UA-14';

const faults: { name: string; reason: RegExp; fulfil: (route: Route) => Promise<void> }[] = [
  { name: 'missing', reason: /missing/, fulfil: (route) => route.fulfill({ status: 404, body: 'not found' }) },
  {
    name: 'corrupt',
    reason: /damaged/,
    fulfil: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"claims":[' }),
  },
  {
    name: 'of another data version',
    reason: /updated while this page was open/,
    fulfil: async (route) => {
      const response = await route.fetch();
      const shard = (await response.json()) as { version: string };
      await route.fulfill({ response, json: { ...shard, version: 'an-older-version' } });
    },
  },
];

for (const fault of faults) {
  test(`a place whose shard is ${fault.name} says so with a retry, and every other place keeps working`, async ({ page }) => {
    const uncaught = watchUncaught(page);
    let broken = true;
    await page.route(`**/data/place/${LUHANSK}.*.json`, (route) => (broken ? fault.fulfil(route) : route.fallback()));
    await open(page);

    await selectPlace(page, LUHANSK);
    const alert = popup(page).getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText(fault.reason);
    await expect(popup(page).locator('[data-claim-id]')).toHaveCount(0);

    // Another place is unaffected.
    await selectPlace(page, DONETSK);
    await expect(popup(page).locator('[data-claim-id]')).toHaveCount(claimsOf(DONETSK).length);

    // Once the file is right again, Retry brings the claims in.
    broken = false;
    await selectPlace(page, LUHANSK);
    await popup(page).getByRole('button', { name: 'Retry' }).click();
    await expect(popup(page).getByRole('alert')).toHaveCount(0);
    await expect(popup(page).locator('[data-claim-id]').first()).toBeVisible();
    expect(await popup(page).locator('[data-claim-id]').count()).toBeGreaterThanOrEqual(claimsOf(LUHANSK).length);
    expect(uncaught).toEqual([]);
  });
}

test('without the index the page explains, the map still draws and the layer panel still lists every place', async ({ page }) => {
  const uncaught = watchUncaught(page);
  let broken = true;
  await page.route('**/data/index.json', (route) =>
    broken ? route.fulfill({ status: 404, body: 'not found' }) : route.fallback(),
  );
  await open(page);

  const alert = page.getByRole('alert').filter({ hasText: 'The claims could not be loaded' });
  await expect(alert).toBeVisible();
  const panel = page.getByTestId('layer-panel');
  for (const id of ['UA-09', 'UA-14', 'UA-59', 'UA-63', 'UA-23', 'UA-12', 'kupol-izhevsk']) {
    await expect(panel.getByRole('button', { name: placeName(id), exact: true })).toBeVisible();
  }

  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
  await selectPlace(page, LUHANSK);
  await expect(popup(page).locator('[data-claim-id]').first()).toBeVisible();
  expect(uncaught).toEqual([]);
});

test('a damaged index is reported the same way, not thrown', async ({ page }) => {
  const uncaught = watchUncaught(page);
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '<html>' }),
  );
  await open(page);
  await expect(page.getByRole('alert').filter({ hasText: 'The claims could not be loaded' })).toContainText('damaged');
  expect(uncaught).toEqual([]);
});

test('the claims are fetched as data: no shard before the first view is drawn, a place’s claims when its card opens', async ({
  page,
}) => {
  // In the page: when the map said "ready" (page time), so requests can be placed before or after it.
  await page.addInitScript(() => {
    const w = window as unknown as { readyAt: number | null };
    w.readyAt = null;
    new MutationObserver(() => {
      if (w.readyAt === null && document.querySelector('[data-testid="map"][data-state="ready"]')) w.readyAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
  const fetched: string[] = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.includes('/data/')) fetched.push(path.slice(path.indexOf('/data/') + 1));
  });
  await open(page);
  const beforeReady = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < ((window as unknown as { readyAt: number }).readyAt ?? Infinity))
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.includes('/data/')),
  );
  expect(beforeReady.map((p) => p.slice(p.indexOf('/data/') + 1))).toEqual(['data/index.json']);

  // Kyiv city is not a mission place: nothing fetches its claims until its card opens.
  const kyivCity = 'UA-30';
  await page.waitForTimeout(500);
  expect(fetched.filter((f) => f.startsWith(`data/place/${kyivCity}.`))).toEqual([]);
  await selectPlace(page, kyivCity);
  await expect(popup(page).locator('[data-claim-id]').first()).toBeVisible();
  expect(fetched.filter((f) => f.startsWith(`data/place/${kyivCity}.`))).toEqual([
    expect.stringMatching(new RegExp(`^data/place/${kyivCity}\\.[0-9a-f]{12}\\.json$`)),
  ]);
});

test('a filter whose claims cannot be fetched says the map shows the dates only, and Retry colours it by the filter', async ({
  page,
}) => {
  const uncaught = watchUncaught(page);
  let broken = true;
  await page.route('**/data/claims/*.json', (route) => (broken ? route.fulfill({ status: 404, body: '' }) : route.fallback()));
  await page.goto('/#kind=attack');
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  const note = page.getByTestId('map-filtered');
  await expect(note.getByRole('alert')).toContainText('shows the dates only');
  // Meanwhile Luhansk keeps its status over all its claims: nothing claims it is filtered.
  const luhansk = page.getByTestId('layer-panel').locator(`#status-${LUHANSK}`);
  await expect(luhansk).toHaveText('Full control claimed, disputed');

  broken = false;
  await note.getByRole('button', { name: 'Retry' }).click();
  await expect(note.getByRole('status')).toContainText('show only claims that match the filters');
  await expect(luhansk).toHaveText('Attack or build-up reported');
  expect(uncaught).toEqual([]);
});
