// The first view on a phone: the six mission oblasts fill it, and a pointer at the edge shows the way to the Kupol plant.
import { test, expect } from '@playwright/test';
import { MISSION_REGIONS } from '../../src/lib/model/types';
import { openViewer, placeName, placeOnScreen } from './viewer';

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  test(`at ${viewport.width}×${viewport.height} the first view fits the six oblasts and points the way to Izhevsk`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openViewer(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const inside = (at: { x: number; y: number }) => at.x > 0 && at.x < box.width && at.y > 0 && at.y < box.height;
    for (const id of MISSION_REGIONS) expect(inside(await placeOnScreen(page, id)), id).toBe(true);
    // Not all of eastern Europe: the oblasts are framed closely enough to be labelled.
    const [luhansk, dnipro] = [await placeOnScreen(page, 'UA-09'), await placeOnScreen(page, 'UA-12')];
    expect(luhansk.x - dnipro.x).toBeGreaterThan(box.width * 0.5);
    expect(inside(await placeOnScreen(page, 'kupol-izhevsk'))).toBe(false);

    const kupol = placeName('kupol-izhevsk');
    const pointer = page.getByRole('button', { name: new RegExp(`^Show ${kupol}`) });
    await expect(pointer).toBeVisible();
    // Wholly on screen, on the side toward Izhevsk (east), and nothing drawn over it.
    const report = await pointer.evaluate((node) => {
      const r = node.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        inside: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
        east: r.left + r.width / 2 > window.innerWidth / 2,
        uncovered: !!hit && (hit === node || node.contains(hit)),
      };
    });
    expect(report).toEqual({ inside: true, east: true, uncovered: true });

    await pointer.click();
    await expect(page.getByRole('dialog', { name: kupol, exact: true })).toBeVisible();
    await expect(pointer).toHaveCount(0);
  });
}

test('on a wide screen the first view holds Izhevsk too, and no pointer is shown', async ({ page }) => {
  await openViewer(page);
  await expect(page.getByTestId('offscreen-pointer')).toHaveCount(0);
});
