// The built page's Content-Security-Policy, and the app running under it.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { openViewer } from './viewer';

test('the built index.html forbids inline and eval script and other hosts, and the app runs under it', async ({ page }) => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1].replace(/&#39;/g, "'");
  expect(csp).toBeTruthy();
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const watch = await openViewer(page, '#region=UA-09');
  expect(watch.consoleErrors).toEqual([]);
  expect(violations).toEqual([]);
});
