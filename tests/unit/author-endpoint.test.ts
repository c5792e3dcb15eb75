// The authoring endpoint's confinement: only geodata/sources, claims and sites.geojson; no `..`, absolute paths, symlinks or other origins; hostile text stored as text.
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
  mkdirSync,
  renameSync,
} from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GeodataStore, StoreError, allowedPath, confinedPath, reduceId } from '../../scripts/author/store.ts';
import { API_PREFIX, authorMiddleware } from '../../scripts/author/server.ts';
import { validateGeodata } from '../../scripts/lib/validate-geodata.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir = '';
let outside = '';

function copyGeodata(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'sv-author-unit-'));
  for (const name of ['sources', 'claims', 'sites.geojson', 'regions.geojson', 'gazetteer.json']) {
    cpSync(path.join(root, 'geodata', name), path.join(d, name), { recursive: true });
  }
  return d;
}
const validate = (d: string) =>
  validateGeodata({
    sourcesDir: path.join(d, 'sources'),
    claimsDir: path.join(d, 'claims'),
    regionsFile: path.join(d, 'regions.geojson'),
    sitesFile: path.join(d, 'sites.geojson'),
  });
/** Every file under a folder with its content, to prove nothing changed. */
function snapshot(d: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      const full = path.join(p, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out[path.relative(d, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(d);
  return out;
}

beforeEach(() => {
  dir = copyGeodata();
  outside = mkdtempSync(path.join(os.tmpdir(), 'sv-author-outside-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const claimBase = {
  source: 'tensions-escalate',
  quote: 'Crimea had been annexed in 2014.',
  places: ['UA-43'],
  kind: 'annexation',
  claimant: 'the article',
  status: 'asserted',
  event_date: { value: '2014', precision: 'year', basis: 'stated' },
  summary: 'Crimea was annexed in 2014 (test)',
  disputes: [],
};

describe('paths the endpoint may write', () => {
  it('allows only the data files', () => {
    for (const ok of ['sources/sources.json', 'sources/abc-1.txt', 'claims/abc-1.json', 'sites.geojson'])
      expect(allowedPath(ok)).toBe(ok);
    for (const bad of [
      '../package.json',
      'sources/../../package.json',
      '/etc/passwd',
      'claims/../sources/sources.json',
      'regions.geojson',
      'gazetteer.json',
      'basemap/basemap.geojson',
      'sources/x.json',
      'claims/x.txt',
      'sources/X.txt',
      'sources/a--b.txt',
      'claims/.hidden.json',
      'claims/a b.json',
      'sources\\..\\x.txt',
      '',
    ]) {
      expect(() => allowedPath(bad), bad).toThrow(StoreError);
    }
  });

  it('reduces ids to a-z, 0-9 and single hyphens', () => {
    expect(reduceId('Fighting near Kupyansk: “report” <script>')).toBe('fighting-near-kupyansk-report-script');
    expect(reduceId('../../etc/passwd')).toBe('etc-passwd');
    expect(reduceId('Київ')).toBe('');
    expect(reduceId('Zaporizhzhia — été')).toBe('zaporizhzhia-ete');
  });

  it('refuses a symlinked folder or file', async () => {
    // claims/ made a link to a folder outside geodata/
    renameSync(path.join(dir, 'claims'), path.join(outside, 'claims'));
    symlinkSync(path.join(outside, 'claims'), path.join(dir, 'claims'));
    await expect(confinedPath(dir, 'claims/tensions-escalate.json')).rejects.toMatchObject({ status: 403 });
    const store = new GeodataStore(dir);
    const before = snapshot(outside);
    await expect(store.saveClaim({ claim: { ...claimBase } as never })).rejects.toMatchObject({ status: 403 });
    expect(snapshot(outside)).toEqual(before);
  });

  it('refuses to write through a symlinked file', async () => {
    writeFileSync(path.join(outside, 'target.txt'), 'outside\n');
    symlinkSync(path.join(outside, 'target.txt'), path.join(dir, 'sources/linked.txt'));
    await expect(confinedPath(dir, 'sources/linked.txt')).rejects.toMatchObject({ status: 403 });
    const store = new GeodataStore(dir);
    await expect(store.saveArticle({ id: 'linked', title: 'Linked', text: 'Kyiv.\n' })).rejects.toBeInstanceOf(StoreError);
    expect(readFileSync(path.join(outside, 'target.txt'), 'utf8')).toBe('outside\n');
  });
});

describe('writes', () => {
  it('saves an article verbatim with its sha256, hostile text as text', async () => {
    const store = new GeodataStore(dir);
    const text = 'Title <script>alert(1)</script>\r\n\r\n<img src=x onerror=alert(2)> “Kupyansk” — fell.\n';
    const source = await store.saveArticle({
      title: '<b>Bold</b> & "quoted"',
      byline: '<i>me</i>',
      text,
      url: 'https://example.org/a?b=1',
    });
    expect(source.id).toBe('b-bold-b-quoted');
    expect(readFileSync(path.join(dir, 'sources', source.text), 'utf8')).toBe(text);
    const stored = JSON.parse(readFileSync(path.join(dir, 'sources/sources.json'), 'utf8')).find(
      (s: { id: string }) => s.id === source.id,
    );
    expect(stored).toMatchObject({ title: '<b>Bold</b> & "quoted"', byline: '<i>me</i>', url: 'https://example.org/a?b=1' });
    expect((await validate(dir)).lines).toEqual([]);
  });

  it('refuses to change the text of an article with claims', async () => {
    const store = new GeodataStore(dir);
    await expect(store.saveArticle({ id: 'tensions-escalate', title: 'x', text: 'changed\n' })).rejects.toMatchObject({
      status: 422,
    });
    expect(readFileSync(path.join(dir, 'sources/tensions-escalate.txt'), 'utf8')).toBe(
      readFileSync(path.join(root, 'geodata/sources/tensions-escalate.txt'), 'utf8'),
    );
  });

  it('writes nothing the data check would refuse', async () => {
    const store = new GeodataStore(dir);
    const before = snapshot(dir);
    // Quote not in the text.
    await expect(store.saveClaim({ claim: { ...claimBase, quote: 'Crimea was never annexed.' } as never })).rejects.toMatchObject(
      { status: 422 },
    );
    // Unknown place.
    await expect(store.saveClaim({ claim: { ...claimBase, places: ['UA-99'] } as never })).rejects.toMatchObject({ status: 422 });
    // Site without its region is repaired by the server, but an unknown kind is not.
    await expect(store.saveClaim({ claim: { ...claimBase, kind: 'rumour' } as never })).rejects.toMatchObject({ status: 422 });
    expect(snapshot(dir)).toEqual(before);
  });

  it('adds a gazetteer town as a site with its region, and keeps disputes symmetric', async () => {
    const store = new GeodataStore(dir);
    const saved = await store.saveClaim({
      claim: {
        ...claimBase,
        quote: 'Luhansk was the first region to be completely brought under Russian control.',
        places: ['geonames:703656'],
        disputes: ['crimea-annexed-2014'],
      } as never,
    });
    expect(saved.places).toEqual(['kupiansk', 'UA-63']);
    const sites = JSON.parse(readFileSync(path.join(dir, 'sites.geojson'), 'utf8')).features;
    expect(sites.at(-1).properties).toMatchObject({ id: 'kupiansk', region: 'UA-63', precision: 'approximate' });
    expect(sites.at(-1).properties.basis).toMatch(/GeoNames.*703656/);
    const claims = JSON.parse(readFileSync(path.join(dir, 'claims/tensions-escalate.json'), 'utf8'));
    expect(claims.find((c: { id: string }) => c.id === 'crimea-annexed-2014').disputes).toContain(saved.id);
    expect((await validate(dir)).lines).toEqual([]);
    // Deleting it removes the other side too.
    await store.deleteClaim(saved.id);
    const after = JSON.parse(readFileSync(path.join(dir, 'claims/tensions-escalate.json'), 'utf8'));
    expect(after.find((c: { id: string }) => c.id === 'crimea-annexed-2014').disputes).not.toContain(saved.id);
    expect((await validate(dir)).lines).toEqual([]);
  });
});

describe('HTTP', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const store = new GeodataStore(dir);
      void authorMiddleware(store, () => port)(req, res, () => {
        res.statusCode = 404;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  async function call(route: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const payload = init.body === undefined ? undefined : JSON.stringify(init.body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: API_PREFIX + route,
          method: init.method ?? (payload ? 'POST' : 'GET'),
          headers: {
            host: `127.0.0.1:${port}`,
            ...(payload ? { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` } : {}),
            ...init.headers,
          },
        },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
    return res;
  }

  it('answers its own page', async () => {
    const res = await call('state');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).sources.length).toBeGreaterThan(0);
  });

  it('refuses other origins, other hosts and writes without an Origin', async () => {
    const before = snapshot(dir);
    expect((await call('state', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await call('state', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await call('state', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const article = { title: 'Cross-site', text: 'Kyiv.\n' };
    expect((await call('article', { body: article, headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await call('article', { body: article, headers: { origin: `http://localhost:${port + 1}` } })).status).toBe(403);
    expect((await call('article', { body: article, headers: { origin: '' } })).status).toBe(403);
    // A form post (no JSON content type) is refused too.
    expect((await call('article', { body: article, headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses ids with `..`, absolute paths or other characters', async () => {
    const before = snapshot(dir);
    for (const id of ['../package', '/etc/passwd', '..', 'a/b', 'UPPER', 'sources.json']) {
      const text = await call(`text?id=${encodeURIComponent(id)}`);
      expect(text.status, id).toBe(403);
      const article = await call('article', { body: { id, title: 'x', text: 'Kyiv.\n' } });
      expect(article.status, id).toBe(403);
      const del = await call('delete-claim', { body: { id } });
      expect(del.status, id).toBe(403);
    }
    expect(existsSync(path.join(root, 'package'))).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });

  it('reports every problem of a refused claim, and writes nothing', async () => {
    const before = snapshot(dir);
    const res = await call('claim', { body: { claim: { ...claimBase, quote: 'not in the text', places: ['UA-99'] } } });
    expect(res.status).toBe(422);
    const body = JSON.parse(res.body);
    expect(body.problems.join('\n')).toMatch(/quote not found/);
    expect(body.problems.join('\n')).toMatch(/unknown place "UA-99"/);
    expect(snapshot(dir)).toEqual(before);
  });
});

// Keep the helpers honest: a folder outside geodata/ made by the tests is never written by them.
it('leaves the real geodata/ alone', () => {
  expect(existsSync(path.join(root, 'geodata/claims/b-bold-b-quoted.json'))).toBe(false);
  expect(existsSync(path.join(root, 'geodata/sources/b-bold-b-quoted.txt'))).toBe(false);
  mkdirSync(path.join(outside, 'x'), { recursive: true });
});
