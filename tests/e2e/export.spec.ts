// Export with provenance (GeoJSON, CSV, PNG) and the computed checks beside the claims they check.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { claims, claimsOf, openViewer, popup, sources } from './viewer';
import { PALETTE } from '../../src/lib/layers/theme';

const computed = JSON.parse(readFileSync(new URL('../../geodata/computed.json', import.meta.url), 'utf8')) as {
  items: { id: string; value: number; unit: string; related_claims: string[] }[];
};

async function download(page: Page, format: string): Promise<Buffer> {
  const panel = page.getByTestId('claims-panel');
  await panel.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: format, exact: true }).click(),
  ]);
  return readFileSync((await file.path())!);
}

test('GeoJSON export holds every listed claim with its quote, claimant, status, dates and source', async ({ page }) => {
  await openViewer(page);
  const data = JSON.parse((await download(page, 'GeoJSON')).toString('utf8'));
  expect(data.type).toBe('FeatureCollection');
  expect(data.features).toHaveLength(claims.length);
  for (const claim of claims) {
    const f = data.features.find((x: { properties: { claim_id: string } }) => x.properties.claim_id === claim.id);
    const source = sources.find((s) => s.id === claim.source)!;
    expect(f.properties.quote).toBe(claim.quote);
    expect(f.properties.claimant).toBe(claim.claimant);
    expect(f.properties.status).toBe(claim.status);
    expect(f.properties.event_date_basis).toBe(claim.event_date.basis);
    expect(f.properties.source_title).toBe(source.title);
    expect(f.properties.source_text_sha256).toBe(source.sha256);
  }
});

test('CSV export of the current filter has one row per claim', async ({ page }) => {
  await openViewer(page, '#region=UA-09');
  const text = (await download(page, 'CSV')).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const header = text.slice(1).split('\r\n')[0].split(',');
  expect(header).toContain('quote');
  expect(header).toContain('source_title');
  for (const claim of claimsOf('UA-09')) expect(text).toContain(claim.id);
  const others = claims.filter((c) => !c.places.includes('UA-09'));
  for (const claim of others) expect(text).not.toContain(`${claim.id},`);
});

test('PNG export draws the map view with legend and credits', async ({ page }) => {
  await openViewer(page);
  const png = await download(page, 'PNG');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const box = (await page.getByTestId('map').boundingBox())!;
  // Wider than the map alone: the legend sits beside it.
  expect(width).toBeGreaterThan(box.width);
  // The sea is the map container's colour, not a style layer: the export must still paint it.
  const seaShare = await page.evaluate(
    async ({ bytes, sea }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(sea.slice(i, i + 2), 16));
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) <= 6 && Math.abs(data[i + 1] - g) <= 6 && Math.abs(data[i + 2] - b) <= 6) hits++;
      }
      return hits / (data.length / 4);
    },
    { bytes: [...png], sea: PALETTE.sea },
  );
  expect(seaShare).toBeGreaterThan(0.05);
});

test('the Kupol popup shows the computed distance to Ukraine’s border beside the article’s figure', async ({ page }) => {
  await openViewer(page, '#site=kupol-izhevsk');
  const item = computed.items.find((i) => i.id === 'kupol-border-distance')!;
  const claimId = item.related_claims[0];
  const card = popup(page).locator(`[data-claim-id="${claimId}"]`);
  const check = card.locator(`[data-computed-id="${item.id}"]`);
  await expect(check).toContainText('computed');
  // The figure as computed, at whatever decimals the interface shows: "1,184 km" or "1,184.2 km".
  const whole = Math.trunc(item.value).toLocaleString('en-US');
  await expect(check).toContainText(new RegExp(`${whole}(\\.\\d)?\\s*km`));
  await check.locator('summary').click();
  await expect(check).toContainText('Method');
  await expect(check).toContainText('1,300');
});
