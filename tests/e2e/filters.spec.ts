// The claims filters (kind, claimant, source) narrow the map's colours, the layer panel, the cards and the list alike.
import { test, expect, type Page } from '@playwright/test';
import { claimsOf, mapPatch, openViewer, placeName, placeOnScreen, popup, settled } from './viewer';
import { placeStatusLabel } from '../../src/lib/i18n/strings';

const statusOf = (page: Page, id: string) =>
  page.getByTestId('layer-panel').locator(`#status-${id.replace(/[^a-z0-9-]/gi, '\\$&')}`);

async function patchAt(page: Page, id: string): Promise<string> {
  await settled(page);
  return (await mapPatch(page, await placeOnScreen(page, id))).toString('base64');
}

test('a kind filter recolours the map and the layer panel, says so in the legend, and Clear filters undoes it', async ({
  page,
}) => {
  // Luhansk's claims include attacks as well as disputed control claims.
  expect(claimsOf('UA-09').some((c) => c.kind === 'attack')).toBe(true);
  expect(claimsOf('UA-63').some((c) => c.kind === 'attack')).toBe(false);
  await openViewer(page);
  await expect(statusOf(page, 'UA-09')).toHaveText(placeStatusLabel('en', 'control-claimed-disputed'));
  const luhanskBefore = await patchAt(page, 'UA-09');

  await page.getByTestId('claims-panel').getByRole('combobox', { name: 'Kind' }).selectOption('attack');
  await expect(page).toHaveURL(/kind=attack/);
  await expect(statusOf(page, 'UA-09')).toHaveText(placeStatusLabel('en', 'attack-reported'));
  // Kharkiv has claims, none of them attacks: it is not "No claims in the articles".
  await expect(statusOf(page, 'UA-63')).toHaveText('No claims matching the filters');
  await expect(page.getByTestId('map-filtered')).toContainText('show only claims that match the filters');
  expect(await patchAt(page, 'UA-09')).not.toBe(luhanskBefore);

  await page.getByTestId('map-filtered').getByRole('button', { name: 'Clear filters' }).click();
  await expect(statusOf(page, 'UA-09')).toHaveText(placeStatusLabel('en', 'control-claimed-disputed'));
  await expect(page.getByTestId('map-filtered')).toHaveCount(0);
  expect(await patchAt(page, 'UA-09')).toBe(luhanskBefore);
});

test("a place's card lists only the claims that pass the filters, and says when none do", async ({ page }) => {
  await openViewer(page, '#region=UA-09&kind=attack');
  const card = popup(page);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(placeName('UA-09'));
  const attacks = claimsOf('UA-09').filter((c) => c.kind === 'attack');
  await expect(card.locator('.claim')).toHaveCount(attacks.length);

  await openViewer(page, '#region=UA-63&kind=attack');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(placeName('UA-63'));
  await expect(card).toContainText('No claims here match the filters and dates chosen.');
  await expect(card).not.toContainText('The articles make no claim');
});

test('a source filter from the permalink colours the map by that article only', async ({ page }) => {
  // A place named by one article only: filtered to the other article, it has no claims.
  const bySource = new Map<string, Set<string>>();
  for (const id of ['UA-09', 'UA-59', 'UA-63', 'kupol-izhevsk']) bySource.set(id, new Set(claimsOf(id).map((c) => c.source)));
  const only = [...bySource].find(([, s]) => s.size === 1);
  expect(only, 'a place cited by one article only').toBeDefined();
  const [place, [source]] = [only![0], [...only![1]]];
  const other = [...new Set([...bySource.values()].flatMap((s) => [...s]))].find((s) => s !== source);
  expect(other).toBeDefined();
  await openViewer(page, `#source=${other}`);
  await expect(statusOf(page, place)).toHaveText('No claims matching the filters');
  await openViewer(page, `#source=${source}`);
  await expect(statusOf(page, place)).not.toHaveText('No claims matching the filters');
});
