// Authoring page end to end: add an article and a claim through the accessible names, on a temporary copy of geodata/.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAuthorServer } from '../../scripts/author/server.ts';
import { validateGeodata } from '../../scripts/lib/validate-geodata.ts';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.AUTHOR_E2E_PORT ?? 5198);
let dir = '';
let stop: () => Promise<void> = async () => {};

/** A fingerprint of the real geodata/ files the endpoint may write: the test must leave it unchanged. */
function fingerprint(): string {
  const h = createHash('sha256');
  for (const sub of ['sources', 'claims']) {
    for (const name of readdirSync(path.join(root, 'geodata', sub)).sort())
      h.update(name).update(readFileSync(path.join(root, 'geodata', sub, name)));
  }
  h.update(readFileSync(path.join(root, 'geodata/sites.geojson')));
  return h.digest('hex');
}
const before = fingerprint();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sv-author-e2e-'));
  for (const name of ['sources', 'claims', 'sites.geojson', 'regions.geojson', 'gazetteer.json']) {
    cpSync(path.join(root, 'geodata', name), path.join(dir, name), { recursive: true });
  }
  const { server } = await startAuthorServer({ port, geodataDir: dir });
  stop = () => server.close();
});

test.afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
  expect(fingerprint()).toBe(before);
});

/** Selects `phrase` inside the article as a reader would with the mouse (a DOM Range over its text nodes). */
async function selectInArticle(page: Page, phrase: string) {
  await page.getByTestId('author-article').evaluate((el, phrase) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(phrase);
    if (at < 0) throw new Error(`phrase not in article: ${phrase}`);
    const locate = (offset: number, end: boolean): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset < seen + n.data.length || (end && offset === seen + n.data.length)) return [n, offset - seen];
        seen += n.data.length;
      }
      throw new Error('offset out of range');
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + phrase.length, true));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, phrase);
}

const HOSTILE_TITLE = 'Front report <img src=x onerror="window.__pwned=1">';
const ARTICLE = [
  'Shelling reported near Kupyansk',
  '',
  'Russian forces shelled Kupyansk overnight, regional officials said on Tuesday.',
  'Fighting continued near Krasnoarmeisk in the Donetsk region.',
  '<script>window.__pwned = 2</script> <b>not bold</b>',
  '',
].join('\n');

test('adds an article and a claim about a town not yet on the map', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/author.html`);

  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByLabel('Title').fill(HOSTILE_TITLE);
  await page.getByLabel('Byline').fill('A. Reporter');
  await page.getByLabel('Outlet').fill('Example Daily');
  await page.getByLabel('Published').fill('2025-11-04');
  await page.getByLabel('URL').fill('https://example.org/front-report');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Save article' }).click();

  const article = page.getByTestId('author-article');
  await expect(article).toBeVisible({ timeout: 30_000 });
  // Hostile markup stays text: shown as typed, nothing created, nothing run.
  await expect(page.getByRole('heading', { name: HOSTILE_TITLE })).toBeVisible();
  await expect(article).toContainText('<script>window.__pwned = 2</script> <b>not bold</b>');
  expect(await article.locator('script, b, img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Mentions: a town not on the map, a renamed town under its Soviet name, the oblast.
  await expect(article.locator('[data-candidate="Kupiansk"]').first()).toHaveText('Kupyansk');
  await expect(article.locator('[data-candidate="Pokrovsk"]')).toHaveText('Krasnoarmeisk');
  await expect(article.locator('[data-place="UA-14"]')).toHaveText('Donetsk region');

  // The text file is stored verbatim with its sha256.
  const sources = JSON.parse(readFileSync(path.join(dir, 'sources/sources.json'), 'utf8')) as {
    id: string;
    title: string;
    text: string;
    sha256: string;
  }[];
  const saved = sources.find((s) => s.title === HOSTILE_TITLE)!;
  expect(saved).toBeTruthy();
  expect(readFileSync(path.join(dir, 'sources', saved.text), 'utf8')).toBe(ARTICLE);

  // Mark a claim.
  const quote = 'Russian forces shelled Kupyansk overnight, regional officials said on Tuesday.';
  await selectInArticle(page, quote);
  await page.getByRole('button', { name: 'New claim from selection' }).click();
  const form = page.getByTestId('claim-form');
  await expect(form).toBeVisible();
  await expect(form.getByText(quote, { exact: true })).toBeVisible();
  await expect(form.getByRole('list', { name: 'Picked places' })).toContainText('Kupiansk (new site)');
  await expect(form.getByRole('list', { name: 'Picked places' })).toContainText('Kharkiv oblast');

  // Saving with fields missing is refused, each problem beside its field.
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'who makes the claim' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'Pick a kind' })).toBeVisible();

  // The Places box: any spelling, options as role="option".
  const places = form.getByRole('combobox', { name: 'Places' });
  await places.fill('Izyum');
  await expect(form.getByRole('option', { name: /Izium/ })).toBeVisible();
  await places.press('Escape');
  await places.fill('');

  await form.getByLabel('Claimant').fill('regional officials');
  await form.getByLabel('Kind', { exact: true }).selectOption('strike');
  await form.getByLabel('Status').selectOption('reported');
  await form.getByLabel('Date', { exact: true }).fill('2025-11');
  await form.getByLabel('Date basis').selectOption('inferred');
  await expect(form.getByRole('alert').filter({ hasText: 'inferred date needs a note' })).toBeVisible();
  await form.getByLabel('Date note').fill('"On Tuesday" in an article published 2025-11-04.');
  await form.getByLabel('Summary').fill('Russian forces shelled Kupiansk overnight');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByRole('status')).toContainText('Saved claim');
  await expect(form).toBeHidden();

  // The town is now a site on the map, and its mentions say so.
  await expect(article.locator('[data-place="kupiansk"]').first()).toHaveText('Kupyansk');
  const claimFile = JSON.parse(readFileSync(path.join(dir, 'claims', `${saved.id}.json`), 'utf8'));
  expect(claimFile).toHaveLength(1);
  expect(claimFile[0]).toMatchObject({
    quote,
    places: ['kupiansk', 'UA-63'],
    kind: 'strike',
    claimant: 'regional officials',
    status: 'reported',
  });
  expect(claimFile[0].event_date).toEqual({
    value: '2025-11',
    precision: 'month',
    basis: 'inferred',
    note: '"On Tuesday" in an article published 2025-11-04.',
  });
  const site = JSON.parse(readFileSync(path.join(dir, 'sites.geojson'), 'utf8')).features.find(
    (f: { properties: { id: string } }) => f.properties.id === 'kupiansk',
  );
  expect(site.properties).toMatchObject({ region: 'UA-63', precision: 'approximate', kind: 'city' });
  expect(site.properties.basis).toContain('GeoNames');

  // And the data check passes on what was written.
  const report = await validateGeodata({
    sourcesDir: path.join(dir, 'sources'),
    claimsDir: path.join(dir, 'claims'),
    regionsFile: path.join(dir, 'regions.geojson'),
    sitesFile: path.join(dir, 'sites.geojson'),
  });
  expect(report.lines).toEqual([]);
  expect(errors).toEqual([]);

  // The viewer served beside it reads the same folder: on reload it lists the new claim.
  await page.goto(`http://127.0.0.1:${port}/`);
  const panel = page.getByTestId('claims-panel');
  await panel.getByRole('searchbox', { name: 'Search claims' }).fill('Kupiansk');
  await expect(panel).toContainText('Russian forces shelled Kupiansk overnight', { timeout: 60_000 });
});

const HTML = `<!doctype html><html><head><title>Strikes on Zaporozhye</title><style>p{color:red}</style>
<script>window.__pwned = 3</script></head><body><nav>Home | World</nav><article><h1>Strikes on Zaporozhye</h1>
<p>Missiles hit <b>Zaporozhye</b> on Monday, the governor said.</p><p>An <img src=x onerror="window.__pwned=4">alarm sounded in Kharkov &amp; Sumy.</p></article>
<footer>© Example</footer></body></html>`;

test('an HTML file becomes text; a claim is made by keyboard, edited and deleted', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${port}/author.html`);
  await page.getByRole('button', { name: 'Add article' }).click();
  await page
    .getByLabel('Open a .txt or .html file')
    .setInputFiles({ name: 'strikes.html', mimeType: 'text/html', buffer: Buffer.from(HTML) });
  await expect(page.getByLabel('Article text')).toHaveValue(
    'Strikes on Zaporozhye\n\nMissiles hit Zaporozhye on Monday, the governor said.\n\nAn alarm sounded in Kharkov & Sumy.\n',
  );
  await expect(page.getByLabel('Title')).toHaveValue('Strikes on Zaporozhye');
  await page.getByRole('button', { name: 'Save article' }).click();
  const article = page.getByTestId('author-article');
  await expect(article.locator('[data-place="UA-23"]').first()).toHaveText('Zaporozhye');
  await expect(article.locator('[data-place="UA-63"]')).toHaveText('Kharkov');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await selectInArticle(page, 'Missiles hit Zaporozhye on Monday, the governor said.');
  await page.getByRole('button', { name: 'New claim from selection' }).click();
  const form = page.getByTestId('claim-form');
  await expect(form.getByRole('heading', { name: 'New claim' })).toBeFocused();
  // Pick the city by keyboard: type, arrow down to it, Enter.
  const places = form.getByRole('combobox', { name: 'Places' });
  await places.fill('Zaporozh');
  await expect(places).toHaveAttribute('aria-expanded', 'true');
  const options = form.getByRole('option');
  const cityIndex = (await options.allTextContents()).findIndex((t) => t.startsWith('Zaporizhzhia town'));
  expect(cityIndex).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= cityIndex; i++) await places.press('ArrowDown');
  await expect(options.nth(cityIndex)).toHaveAttribute('aria-selected', 'true');
  await places.press('Enter');
  await expect(form.getByRole('list', { name: 'Picked places' })).toContainText('Zaporizhzhia (new site)');
  await form.getByLabel('Claimant').fill('the governor');
  await form.getByLabel('Kind', { exact: true }).selectOption('strike');
  await form.getByLabel('Summary').fill('Missiles hit Zaporizhzhia');
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByRole('status')).toContainText('Saved claim missiles-hit-zaporizhzhia');
  await expect(page.getByRole('button', { name: 'New claim from selection' })).toBeFocused();

  // Edit it: the summary changes, the id stays.
  await page.getByRole('button', { name: 'Edit claim missiles-hit-zaporizhzhia' }).click();
  await expect(form).toBeVisible();
  await form.getByLabel('Summary').fill('Missiles hit the city of Zaporizhzhia on a Monday');
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Saved claim missiles-hit-zaporizhzhia');
  const sources = JSON.parse(readFileSync(path.join(dir, 'sources/sources.json'), 'utf8')) as { id: string; title: string }[];
  const id = sources.find((s) => s.title === 'Strikes on Zaporozhye')!.id;
  const saved = JSON.parse(readFileSync(path.join(dir, 'claims', `${id}.json`), 'utf8'));
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({
    id: 'missiles-hit-zaporizhzhia',
    summary: 'Missiles hit the city of Zaporizhzhia on a Monday',
    places: ['UA-23', 'zaporizhzhia'],
  });

  // Escape closes the form.
  await page.getByRole('button', { name: 'Edit claim missiles-hit-zaporizhzhia' }).click();
  await form.getByLabel('Claimant').press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit claim missiles-hit-zaporizhzhia' })).toBeFocused();

  // Delete it.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete claim missiles-hit-zaporizhzhia' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted claim missiles-hit-zaporizhzhia');
  expect(JSON.parse(readFileSync(path.join(dir, 'claims', `${id}.json`), 'utf8'))).toEqual([]);
});
