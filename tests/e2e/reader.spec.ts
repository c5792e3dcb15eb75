// The source reader: every quote of the article marked (overlapping ones too), each with named "show on map" buttons.
import { test, expect } from '@playwright/test';
import { claims, openViewer, placeName, regions, sites, sources } from './viewer';

const fold = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const mapped = new Set([...regions, ...sites].map((p) => p.id));

for (const source of sources) {
  const quoting = claims.filter((c) => c.source === source.id);
  if (quoting.length === 0) continue;

  test(`every quote of “${source.title.slice(0, 40)}…” is marked, each with a button per place it names`, async ({ page }) => {
    await openViewer(page, `#read=${quoting[0].id}`);
    const reader = page.getByTestId('source-reader');
    await expect(reader.locator('mark.current')).toHaveCount(1);
    for (const claim of quoting) {
      const pieces = reader.locator(`mark[data-claim-id="${claim.id}"]`);
      expect(await pieces.count(), `${claim.id} is marked`).toBeGreaterThan(0);
      // A quote cut where it crosses another reads back whole from its pieces, in order.
      const text = (await pieces.allTextContents()).join('');
      expect(fold(text), `${claim.id} marked text`).toBe(fold(claim.quote));
      // Right after the quote's last piece: one "show on map" button per mapped place, named by it.
      const labels = await pieces.last().evaluate((mark) => {
        const out: string[] = [];
        for (let n = mark.nextSibling; n; n = n.nextSibling) {
          if (n.nodeType === Node.COMMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent === '')) continue;
          if (n.nodeName !== 'BUTTON') break;
          out.push((n as Element).getAttribute('aria-label') ?? '');
        }
        return out;
      });
      const expected = claim.places.filter((p) => mapped.has(p)).map((id) => `Show ${placeName(id)} on map`);
      expect(labels, `${claim.id} buttons`).toEqual(expected);
    }
  });
}

test('"show on map" names its place, moves the reader out of the way and opens that place’s card, focused', async ({ page }) => {
  const claim = claims.find((c) => c.places.includes('kupol-izhevsk'))!;
  await openViewer(page, `#read=${claim.id}`);
  const reader = page.getByTestId('source-reader');
  await expect(reader.locator('mark.current')).toHaveCount(1);
  const name = placeName('UA-09');
  await reader
    .getByRole('button', { name: `Show ${name} on map`, exact: true })
    .first()
    .click();
  await expect(reader).toHaveCount(0);
  const heading = page.locator('.maplibregl-popup').getByRole('heading', { level: 2, name });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/region=UA-09/);
  await expect(page).not.toHaveURL(/read=/);
});
