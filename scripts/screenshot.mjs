// Takes a screenshot of the built viewer (served by `vite preview`) in Debian's Chromium.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', width = '1400', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForSelector('[data-testid="map"][data-state="ready"], [data-testid="map"][data-state="error"]', {
  timeout: 60000,
});
console.log('state:', await page.getAttribute('[data-testid="map"]', 'data-state'));
await page.waitForTimeout(400);
await page.screenshot({ path: out });
await browser.close();
