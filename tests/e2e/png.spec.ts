// The PNG export says what it shows: its sources, the dates shown and the export date, and a legend of every marker.
import { test, expect } from '@playwright/test';
import { exportedPngText, openViewer, sources } from './viewer';

test('the PNG names its sources, the dates it shows and the day it was exported', async ({ page }) => {
  await openViewer(page, '#from=2025-04&to=2025-07');
  const drawn = (await exportedPngText(page)).join(' ');
  for (const source of sources) expect(drawn).toContain(source.title.split(' ').slice(0, 3).join(' '));
  expect(drawn).toContain('Dates shown: April 2025 – July 2025');
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
  expect(drawn).toContain(`Exported ${today}`);
  // The legend has every marker the map draws: the strike symbol and the ringed dot of a named place.
  expect(drawn).toContain('Strike site (point)');
  expect(drawn).toContain('Named place (point)');
});
