// The place card on phones and tablets: in view and uncovered, opened at its top with focus on its name,
// closed by Escape with focus back on what opened it; a bottom sheet on narrow screens.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from './axe';
import { expectInViewAndUncovered, openViewer, placeName, placeOnScreen, settled } from './viewer';

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
];
/** Long cards (Luhansk), the ones the walk-through lost (Donetsk at 390, Sumy at 820), and the one site. */
const PLACES = ['UA-09', 'UA-14', 'UA-59', 'kupol-izhevsk'];

const narrow = (page: Page) => page.viewportSize()!.width <= 700;

/** The card: the bottom sheet (a dialog named by the place) on a phone, the MapLibre popup otherwise. */
function card(page: Page, name: string): Locator {
  return narrow(page) ? page.getByRole('dialog', { name, exact: true }) : page.locator('.maplibregl-popup');
}

function closeControl(page: Page, name: string): Locator {
  return narrow(page)
    ? card(page, name).getByRole('button', { name: 'Close card' })
    : card(page, name).getByRole('button', { name: 'Close popup' });
}

/** Waits until the card has stopped moving: the camera frames the place, then pans the popup into view. */
async function cardAtRest(page: Page, c: Locator): Promise<void> {
  let last = '';
  for (let i = 0; i < 30; i++) {
    await settled(page);
    const box = JSON.stringify(await c.boundingBox());
    if (box === last) return;
    last = box;
    await page.waitForTimeout(250);
  }
}

async function openFromPanel(page: Page, id: string): Promise<Locator> {
  const panel = page.getByTestId('layer-panel');
  if (narrow(page) && !(await panel.isVisible())) await page.getByRole('button', { name: 'Panel' }).click();
  const button = panel.getByRole('button', { name: placeName(id), exact: true });
  await button.click();
  return button;
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('a place chosen in the panel opens its card in view, at its top, focused on its name; Escape returns to the button', async ({
      page,
    }) => {
      await openViewer(page);
      for (const id of PLACES) {
        const name = placeName(id);
        const button = await openFromPanel(page, id);
        const c = card(page, name);
        await expect(c).toBeVisible();
        const heading = c.getByRole('heading', { level: 2, name });
        await expect(heading).toBeFocused();
        await cardAtRest(page, c);
        await expectInViewAndUncovered(heading, `${id} card name`);
        await expectInViewAndUncovered(closeControl(page, name), `${id} close control`);
        // Opened at its top: the name and then what its claims add up to are the first things shown.
        await expect(c.getByText('Claims add up to')).toBeInViewport();
        if (!narrow(page)) {
          // The popup stays inside the map and clear of the map's own controls (zoom, scale, credits).
          const overlaps = await c.evaluate((popup) => {
            const p = popup.getBoundingClientRect();
            const map = popup.closest('[data-testid="map"]')!.getBoundingClientRect();
            const out = p.left < map.left || p.top < map.top || p.right > map.right || p.bottom > map.bottom ? ['map edge'] : [];
            for (const ctrl of document.querySelectorAll('.maplibregl-ctrl')) {
              const r = ctrl.getBoundingClientRect();
              if (r.width && r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom)
                out.push(ctrl.className);
            }
            return out;
          });
          expect(overlaps, `${id} popup overlaps`).toEqual([]);
        }
        await page.keyboard.press('Escape');
        await expect(c).toHaveCount(0);
        await expect(button).toBeFocused();
      }
    });

    test('a click on the map opens the card focused on its name; Escape and the close control return focus to the map', async ({
      page,
    }) => {
      await openViewer(page);
      const id = 'UA-14';
      const name = placeName(id);
      await page.getByTestId('map').click({ position: await placeOnScreen(page, id) });
      const c = card(page, name);
      await expect(c.getByRole('heading', { level: 2, name })).toBeFocused();
      await cardAtRest(page, c);
      await page.keyboard.press('Escape');
      await expect(c).toHaveCount(0);
      await expect(page.locator('.maplibregl-canvas')).toBeFocused();
      await page.getByTestId('map').click({ position: await placeOnScreen(page, id) });
      await expect(c.getByRole('heading', { level: 2, name })).toBeFocused();
      await cardAtRest(page, c);
      await closeControl(page, name).click();
      await expect(c).toHaveCount(0);
      await expect(page.locator('.maplibregl-canvas')).toBeFocused();
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the card is a bottom sheet over the panel, toggled between half and full height', async ({ page }) => {
    await openViewer(page);
    await openFromPanel(page, 'UA-09');
    const sheet = card(page, placeName('UA-09'));
    await expect(sheet).toBeVisible();
    await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
    const half = (await sheet.boundingBox())!;
    expect(half.y + half.height).toBeCloseTo(844, 0);
    expect(half.height).toBeGreaterThan(300);
    expect(half.height).toBeLessThan(500);
    const grip = sheet.getByRole('button', { name: 'Show the whole card' });
    await expect(grip).toHaveAttribute('aria-expanded', 'false');
    await grip.click();
    await expect(sheet.getByRole('button', { name: 'Show half the card' })).toHaveAttribute('aria-expanded', 'true');
    await cardAtRest(page, sheet);
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(800);
    await expectInViewAndUncovered(sheet.getByRole('heading', { level: 2 }), 'card name at full height');
    await sheet.getByRole('button', { name: 'Show half the card' }).click();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(500);
  });

  test('no serious or critical accessibility violation with the card open', async ({ page }) => {
    await openViewer(page);
    await openFromPanel(page, 'UA-09');
    await expect(card(page, placeName('UA-09'))).toBeVisible();
    await expect(page.getByText('Loading claims…')).toHaveCount(0);
    const results = await new AxeBuilder(page).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('Escape', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('in the search box it keeps the selection and its card', async ({ page }) => {
    await openViewer(page, '#region=UA-09');
    await expect(card(page, placeName('UA-09'))).toBeVisible();
    const search = page.getByTestId('claims-panel').getByRole('searchbox', { name: 'Search claims' });
    await search.fill('Russia');
    await search.press('Escape');
    await expect(page).toHaveURL(/region=UA-09/);
    await expect(card(page, placeName('UA-09'))).toBeVisible();
  });

  test('closes the source reader before the card, and focus goes back to what opened each', async ({ page }) => {
    await openViewer(page, '#region=UA-09');
    const c = card(page, placeName('UA-09'));
    const read = c.getByRole('button', { name: 'Read in source' }).first();
    await read.click();
    const reader = page.getByTestId('source-reader');
    await expect(reader.locator('mark.current')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(reader).toHaveCount(0);
    await expect(c).toBeVisible();
    await expect(read).toBeFocused();
    // Also when focus has gone back to the card while the reader is open: the reader is on top.
    await read.click();
    await expect(reader).toBeVisible();
    await read.focus();
    await page.keyboard.press('Escape');
    await expect(reader).toHaveCount(0);
    await expect(c).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(c).toHaveCount(0);
  });
});
