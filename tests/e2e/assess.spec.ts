// Claimed vs assessed: an imported polygon layer marked "Use as assessed control" puts a named, dated figure beside Luhansk's control claims, in the legend and in the link.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { test, expect, type Page } from '@playwright/test';
import { area, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { exportedPngText, openViewer, popup } from './viewer';
import { ASSESSED_COLUMNS } from '../../src/lib/export/claimRecord';

const fixture = fileURLToPath(new URL('../fixtures/assess/test-assessment_20250704.geojson', import.meta.url));
const CLAIM = 'luhansk-fully-captured-russia-claim'; // control, 2025-07

/** Opens a place's card from the layer panel, as a reader does. */
async function openCard(page: Page, place: string): Promise<void> {
  await page.getByTestId('layer-panel').getByRole('button', { name: place, exact: true }).click();
  await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText(place);
}
const OLD_CLAIM = 'luhansk-first-region-fully-controlled'; // control, 2022: earlier than the series

test('mark an imported layer as an assessment, read the figures in the card and the panel, move the timeline, keep it across a reload', async ({
  page,
}) => {
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
  // A ";" would split the name in the CSV export's lists: refused, with the reason.
  await form.getByLabel('Assessed by').fill('Test; Assessor');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.getByRole('alert')).toContainText('cannot contain ";"');
  await form.getByLabel('Assessed by').fill('Test Assessor');
  await form.getByLabel('Licence or source note').fill('Made-up test data, not an assessment.');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.getByRole('status')).toContainText('Test Assessor');

  // Legend: name and the date drawn (no timeline end: the latest).
  const legend = page.getByTestId('assessed-legend');
  await expect(legend).toContainText('Assessed area (Test Assessor, 2025-07-04)');
  await expect(page).toHaveURL(/assess=Test%20Assessor~2025-07-04/);

  // The place card: the figure beside the control claim, the method one click away. (How soon it
  // comes is measured by `npm run bench -- --files`, not here.)
  await openCard(page, 'Luhansk');
  const card = popup(page).locator(`[data-claim-id="${CLAIM}"]`);
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

  // Opened again: the same figure.
  await page.keyboard.press('Escape');
  await expect(popup(page)).toHaveCount(0);
  await openCard(page, 'Luhansk');
  await expect(figure).toContainText('Assessed by Test Assessor on 2025-07-04: 100.0% of Luhansk oblast (');

  // The claims panel lists the same figure beside the same claim.
  const claimsPanel = page.getByTestId('claims-panel');
  await expect(claimsPanel.locator(`[data-claim-id="${CLAIM}"]`).getByTestId('assessed-figures')).toContainText(
    '100.0% of Luhansk oblast',
  );

  // Ukraine as a whole, beside the "nearly a fifth" claim.
  await page.keyboard.press('Escape');
  await claimsPanel.getByRole('searchbox', { name: 'Search claims' }).fill('nearly a fifth');
  await expect(
    claimsPanel.locator('[data-claim-id="russia-controls-fifth-of-ukraine"]').getByTestId('assessed-figures'),
  ).toContainText(
    /Assessed by Test Assessor on 2025-07-04: \d+\.\d+% of Ukraine \(.*\) \(latest assessment; the claim has no date\)/,
  );

  // The timeline's end moves the map's assessment, its legend entry and the link.
  await page.evaluate(() => (location.hash = '#to=2025-06'));
  await expect(legend).toContainText('Assessed area (Test Assessor, 2025-06-01)');
  await expect(page).toHaveURL(/assess=Test%20Assessor~2025-06-01/);

  // In Ukrainian too, still named as the source's assessment.
  await page.getByRole('button', { name: 'Українська' }).click();
  await expect(legend).toContainText('Оцінена площа (Test Assessor, 2025-06-01)');
  await expect(
    claimsPanel.locator('[data-claim-id="russia-controls-fifth-of-ukraine"]').getByTestId('assessed-figures'),
  ).toContainText(/Оцінка Test Assessor на 2025-07-04: \d+,\d\u00A0% площі \(Україна;/);
  await page.getByRole('button', { name: 'English' }).click();

  // Kept with the layer: after a reload the layer comes back marked.
  await page.goto('/');
  await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(page.getByTestId('assessed-legend')).toContainText('Assessed area (Test Assessor, 2025-07-04)', {
    timeout: 20_000,
  });

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a link naming an assessment whose file is not here says so', async ({ page }) => {
  await openViewer(page, '#assess=Someone%20Else~2025-07-04');
  await expect(
    page.getByTestId('layer-panel').locator('..').getByText('The link names an assessment by Someone Else on 2025-07-04'),
  ).toBeVisible();
});

test('a 6,000-vertex assessment polygon: the card gives the share the polygon clipper gives', async ({ page }) => {
  // Made at test time: a 6,000-vertex ellipse around Luhansk oblast (synthetic, nobody's assessment).
  const ring: [number, number][] = [];
  for (let i = 0; i < 6000; i++) {
    const t = (i / 6000) * 2 * Math.PI;
    ring.push([+(39.3 + 1.6 * Math.cos(t)).toFixed(6), +(48.9 + 1.0 * Math.sin(t)).toFixed(6)]);
  }
  ring.push(ring[0]);
  const ellipse: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
  const file = join(tmpdir(), 'synthetic-6000_2025-07-01.geojson');
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [ellipse] }));
  // The expected share, worked out independently of the app's code: turf's intersect, then its area.
  const regions = JSON.parse(readFileSync(fileURLToPath(new URL('../../geodata/regions.geojson', import.meta.url)), 'utf8'));
  const luhansk = regions.features.find((f: Feature) => f.properties?.id === 'UA-09') as Feature<Polygon | MultiPolygon>;
  const share = (area(intersect(featureCollection([luhansk, ellipse]))!) / area(luhansk)) * 100;

  await openViewer(page);
  const panel = page.getByTestId('layer-panel');
  await page.getByLabel('Import GeoJSON').setInputFiles(file);
  await panel.getByRole('button', { name: 'Use as assessed control' }).click();
  const form = page.getByRole('form', { name: /as assessed control/ });
  await expect(form.getByLabel('Assessment date')).toHaveValue('2025-07-01');
  await form.getByLabel('Assessed by').fill('Synthetic');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('assessed-legend')).toContainText('Synthetic, 2025-07-01');
  await openCard(page, 'Luhansk');
  await expect(popup(page).locator(`[data-claim-id="${CLAIM}"]`).getByTestId('assessed-figures')).toContainText(
    `Assessed by Synthetic on 2025-07-01: ${share.toFixed(1)}% of Luhansk oblast`,
  );
});

/** Imports the fixture and marks it as an assessment by `by`, with a source note. */
async function markFixture(page: Page, by: string, note: string): Promise<void> {
  const panel = page.getByTestId('layer-panel');
  await page.getByLabel('Import GeoJSON').setInputFiles(fixture);
  await panel.getByRole('button', { name: 'Use as assessed control' }).click();
  const form = page.getByRole('form', { name: /as assessed control/ });
  await form.getByLabel('Assessed by').fill(by);
  await form.getByLabel('Licence or source note').fill(note);
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.getByRole('status')).toContainText(by);
}

/** Opens the claims panel's Export menu, clicks a format and returns the downloaded file (the menu closes after it). */
async function exported(page: Page, format: 'CSV' | 'GeoJSON' | 'PNG'): Promise<Buffer> {
  const panel = page.getByTestId('claims-panel');
  const menu = panel.getByRole('group', { name: 'Export' });
  await panel.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: format, exact: true }).click(),
  ]);
  await expect(menu).toBeHidden();
  return readFileSync((await file.path())!);
}

test('exports set the assessed share and km² beside each claim, named and dated as the assessment; the PNG names it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const computed = JSON.parse(readFileSync(new URL('../../geodata/computed.json', import.meta.url), 'utf8')) as {
    items: { id: string; value: number }[];
  };
  const value = (id: string) => computed.items.find((i) => i.id === id)!.value;
  const watch = await openViewer(page);
  await markFixture(page, 'Test Assessor', 'Made-up test data, not an assessment.');

  // Straight after Apply, with no card open: the export waits until every figure is worked out.
  const text = (await exported(page, 'CSV')).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields!.slice(-ASSESSED_COLUMNS.length)).toEqual([...ASSESSED_COLUMNS]);
  const row = (id: string) => parsed.data.find((r) => r.claim_id === id)!;

  // The fixture's 2025-07-04 area is Luhansk oblast's own boundary: all of it, its computed area.
  const july = row(CLAIM);
  expect(july.assessed_places).toBe('UA-09');
  expect(july.assessed_by).toBe('Test Assessor');
  expect(july.assessed_on).toBe('2025-07-04');
  expect(july.assessed_date_basis).toBe('on-or-before');
  expect(Number(july.assessed_share_percent)).toBeCloseTo(100, 1);
  expect(Math.round(Number(july.assessed_km2))).toBe(value('area-UA-09'));
  // Earlier than the series, or undated: the latest, and the file says why.
  expect(row(OLD_CLAIM).assessed_date_basis).toBe('latest-before-series');
  expect(row(OLD_CLAIM).assessed_on).toBe('2025-07-04');
  const whole = row('russia-controls-fifth-of-ukraine');
  expect(whole.assessed_places).toBe('UA');
  expect(whole.assessed_date_basis).toBe('latest-undated');
  expect(Number(whole.assessed_share_percent)).toBeCloseTo(value('share-UA-09'), 1);
  // Two oblasts: one value for each, in the same order in every column; a site gets none.
  const two = row('kharkiv-zaporizhzhia-russian-gains');
  expect(two.assessed_places).toBe('UA-63; UA-23');
  expect(two.assessed_by).toBe('Test Assessor; Test Assessor');
  expect(two.assessed_share_percent.split('; ').map(Number)).toEqual([expect.any(Number), 0]);
  expect(Number(two.assessed_share_percent.split('; ')[0])).toBeLessThan(0.01);
  expect(row('sievierodonetsk-fell-24-june').assessed_places).toBe('UA-09');
  // A strike has no assessment of control beside it.
  for (const column of ASSESSED_COLUMNS) expect(row('kyiv-july-4-attack-550-drones-missiles')[column]).toBe('');

  const geojson = JSON.parse((await exported(page, 'GeoJSON')).toString('utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  const feature = geojson.features.find((f) => f.properties.claim_id === CLAIM)!;
  expect(feature.properties.assessed_by).toEqual(['Test Assessor']);
  expect(feature.properties.assessed_on).toEqual(['2025-07-04']);
  expect(Math.round((feature.properties.assessed_km2 as number[])[0])).toBe(value('area-UA-09'));

  // The PNG: its legend has the assessed area as the screen's does, its caption names the assessment.
  const drawn = (await exportedPngText(page)).join(' ');
  await expect(page.getByTestId('assessed-legend')).toContainText('Assessed area (Test Assessor, 2025-07-04)');
  expect(drawn).toContain('Assessed area (Test Assessor, 2025-07-04)');
  expect(drawn).toContain(
    'Outline and shading: the area Test Assessor assesses as held on 2025-07-04. This is Test Assessor’s assessment, not an established fact.',
  );
  expect(drawn).toContain('Source note (Test Assessor): Made-up test data, not an assessment.');

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
