// Names and markers do not cover each other: a region's name moves off a town's ring or a strike's burst, and stays shown.
import { test, expect, type Page } from '@playwright/test';
import { openViewer, placeOnScreen, settled, sites } from './viewer';

const LABEL_LAYERS = ['region-labels', 'cities-label', ...sites.map((s) => `site-label-${s.id}`)];

/** Ids of the labels drawn within `r` px of a point on the map. */
async function labelsNear(page: Page, at: { x: number; y: number }, r: number): Promise<string[]> {
  return page.evaluate(
    ({ x, y, r, layers }) =>
      (
        window as unknown as {
          situationViewer: { featuresNear(x: number, y: number, r: number, layers: string[]): string[] };
        }
      ).situationViewer.featuresNear(x, y, r, layers),
    { x: at.x, y: at.y, r, layers: LABEL_LAYERS },
  );
}

for (const [width, height] of [
  [1400, 900],
  [390, 844],
] as const) {
  test(`at ${width}×${height} no label lies on a site's marker, and Luhansk keeps its name`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openViewer(page);
    await settled(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    for (const site of sites) {
      const at = await placeOnScreen(page, site.id);
      if (at.x < 0 || at.y < 0 || at.x > box.width || at.y > box.height) continue;
      // The ring is 9 px in radius, the burst 13.
      const r = site.id === 'kupol-izhevsk' ? 12 : 8;
      // Its own name hangs just below it, by design.
      const others = (await labelsNear(page, at, r)).filter((id) => id !== site.id);
      expect(others, `labels on the marker of ${site.id}`).toEqual([]);
    }
    // Sievierodonetsk's ring sits where Luhansk's name would be centred: the name moved, it did not go.
    const luhansk = await placeOnScreen(page, 'UA-09');
    expect(await labelsNear(page, luhansk, 60)).toContain('UA-09');
  });
}

for (const [width, height, site] of [
  [1400, 900, 'kupol-izhevsk'],
  [390, 844, 'sievierodonetsk'],
] as const) {
  test(`at ${width}×${height} ${site}'s name hangs just below its marker, not pushed aside by the marker itself`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openViewer(page);
    await settled(page);
    const at = await placeOnScreen(page, site);
    // A box under the marker (which is at most 13 px in radius), where the name's first line goes.
    expect(await labelsNear(page, { x: at.x, y: at.y + 26 }, 10)).toContain(site);
  });
}
