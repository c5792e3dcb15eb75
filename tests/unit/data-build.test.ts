// The data build: every claim lands in exactly the shards of its places, the index's statuses are the model's, files are what they claim.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type DataFiles } from '../../scripts/data/build.ts';
import { readGeodata, type Geodata } from '../../scripts/lib/read-geodata.ts';
import { writeSyntheticCorpus } from '../../scripts/bench/corpus.mjs';
import { placeClaimFlags, placeStatus, statusFromFlags } from '../../src/lib/model/placeStatus.ts';
import { overlapsRange, type MonthRange } from '../../src/lib/model/dates.ts';
import {
  DATA_FORMAT,
  DATA_INDEX_FILE,
  HEAD_GROUPS,
  bucketDate,
  cardGroups,
  cardOrder,
  type ClaimShard,
  type DataIndex,
  type Facets,
  type SourceShard,
  type SearchFile,
  SEARCH_OPTIONS,
} from '../../src/lib/model/corpus.ts';
import type { Claim } from '../../src/lib/model/types.ts';
import MiniSearch from 'minisearch';

const ROOT = join(import.meta.dirname, '../..');

interface Built {
  geo: Geodata;
  files: DataFiles;
  index: DataIndex;
  read: <T>(name: string) => T;
}

async function build(dir: string): Promise<Built> {
  const files = await buildData(dir);
  const read = <T>(name: string): T => {
    const body = files.get(name);
    if (body === undefined) throw new Error(`no data file ${name}`);
    return JSON.parse(body) as T;
  };
  return { geo: readGeodata(dir), files, index: read<DataIndex>(DATA_INDEX_FILE), read };
}

const claimsOf = (claims: readonly Claim[], place: string) => claims.filter((c) => c.places.includes(place));

let scratch = '';
const corpora: Record<string, Built> = {};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'situation-viewer-data-'));
  writeSyntheticCorpus(join(scratch, 'geodata'), 1200, { geodataDir: join(ROOT, 'geodata'), seed: 11 });
  corpora.shipped = await build(join(ROOT, 'geodata'));
  corpora.synthetic = await build(join(scratch, 'geodata'));
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.each(['shipped', 'synthetic'])('the data build of the %s corpus', (name) => {
  it('puts every claim in exactly the shards of its places, in card order', () => {
    const { geo, index, read } = corpora[name];
    const shardsHolding = new Map<string, Set<string>>();
    for (const [place, entry] of Object.entries(index.places)) {
      const shard = read<ClaimShard>(entry.shard);
      expect(shard.claims.map((c) => c.id)).toEqual(cardOrder(claimsOf(geo.claims, place)).map((c) => c.id));
      expect(entry.count).toBe(shard.claims.length);
      for (const c of shard.claims) shardsHolding.set(c.id, (shardsHolding.get(c.id) ?? new Set()).add(place));
    }
    for (const claim of geo.claims)
      expect([...(shardsHolding.get(claim.id) ?? [])].sort()).toEqual([...new Set(claim.places)].sort());
  });

  it('gives a big place a head file: exactly the first groups of its shard, so a card opens with what it shows first', () => {
    const { index, read } = corpora[name];
    let heads = 0;
    for (const entry of Object.values(index.places)) {
      const shard = read<ClaimShard>(entry.shard);
      const groups = cardGroups(shard.claims);
      if (groups.length <= HEAD_GROUPS) {
        expect(entry.head).toBeUndefined();
        continue;
      }
      heads++;
      const head = read<ClaimShard>(entry.head as string);
      const first = groups.slice(0, HEAD_GROUPS).flatMap((g) => (g.kind === 'single' ? [g.claim] : g.claims));
      expect(head.claims.map((c) => c.id)).toEqual(first.map((c) => c.id));
      expect(shard.claims.slice(0, first.length).map((c) => c.id)).toEqual(first.map((c) => c.id));
      for (const c of [...head.claims, ...head.related]) expect(head.sources[c.source]?.id).toBe(c.source);
    }
    if (name === 'synthetic') expect(heads).toBeGreaterThan(0);
  });

  it('carries, with each shard, the sources its claims cite and the other places’ claims they dispute', () => {
    const { geo, index, read } = corpora[name];
    for (const [place, entry] of Object.entries(index.places)) {
      const shard = read<ClaimShard>(entry.shard);
      for (const c of [...shard.claims, ...shard.related]) expect(shard.sources[c.source]?.id).toBe(c.source);
      const own = new Set(shard.claims.map((c) => c.id));
      const expected = geo.claims.filter(
        (other) => !own.has(other.id) && shard.claims.some((c) => c.disputes.includes(other.id) || other.disputes.includes(c.id)),
      );
      expect(shard.related.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
      expect(shard.related.every((c) => !c.places.includes(place))).toBe(true);
    }
  });

  it('gives every place the status the model computes from all its claims', () => {
    const { geo, index } = corpora[name];
    const named = new Set(geo.claims.flatMap((c) => c.places));
    expect(Object.keys(index.places).sort()).toEqual([...named].sort());
    for (const [place, entry] of Object.entries(index.places)) {
      const flags = Object.values(entry.buckets).reduce((a, b) => a | b, 0);
      expect(statusFromFlags(flags), place).toBe(placeStatus(claimsOf(geo.claims, place)));
    }
  });

  it('gives, for any month range, the status of exactly the claims whose dates overlap it', () => {
    const { geo, index } = corpora[name];
    const ranges: MonthRange[] = [
      { from: '2022-03', to: '2022-09' },
      { from: '2025-07', to: '2025-07' },
      { from: null, to: '2021-12' },
      { from: '2024-01', to: null },
      { from: '2014-01', to: '2014-12' },
    ];
    for (const range of ranges) {
      for (const [place, entry] of Object.entries(index.places)) {
        const all = claimsOf(geo.claims, place);
        const flags = placeClaimFlags(all);
        let fromClaims = 0;
        all.forEach((c, i) => {
          if (overlapsRange(c.event_date, range) === true) fromClaims |= flags[i];
        });
        let fromIndex = 0;
        for (const [bucket, flags] of Object.entries(entry.buckets))
          if (overlapsRange(bucketDate(bucket), range) === true) fromIndex |= flags;
        expect(statusFromFlags(fromIndex), `${place} ${range.from}..${range.to}`).toBe(statusFromFlags(fromClaims));
      }
    }
  });

  it('lists the whole corpus once in its chunks, and counts it by date bucket', () => {
    const { geo, index, read } = corpora[name];
    const ids = index.chunks.flatMap((f) => read<ClaimShard>(f).claims.map((c) => c.id));
    expect(ids.length).toBe(geo.claims.length);
    expect(new Set(ids)).toEqual(new Set(geo.claims.map((c) => c.id)));
    expect(index.claimCount).toBe(geo.claims.length);
    expect(Object.values(index.buckets).reduce((a, b) => a + b, 0)).toBe(geo.claims.length);
  });

  it('stores each article verbatim with every claim quoting it', () => {
    const { geo, files, read } = corpora[name];
    for (const source of geo.sources) {
      const file = [...files.keys()].find((f) => f.startsWith(`source/${source.id}.`));
      expect(file, source.id).toBeDefined();
      const shard = read<SourceShard>(file as string);
      expect(shard.text).toBe(geo.texts.get(source.id));
      expect(shard.claims.map((c) => c.id)).toEqual(geo.claims.filter((c) => c.source === source.id).map((c) => c.id));
    }
  });

  it('names every file but the index by its content hash, and stamps every file with the data version', () => {
    const { files, index } = corpora[name];
    for (const [file, body] of files) {
      const data = JSON.parse(body) as { format: number; version: string };
      expect(data.format, file).toBe(DATA_FORMAT);
      expect(data.version, file).toBe(index.version);
      if (file === DATA_INDEX_FILE) continue;
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
      expect(file.endsWith(`.${hash}.json`), file).toBe(true);
    }
  });

  it('offers every kind, claimant and cited source as a filter', () => {
    const { geo, index, read } = corpora[name];
    const facets = read<Facets>(index.facets);
    expect(new Set(facets.claimants)).toEqual(new Set(geo.claims.map((c) => c.claimant)));
    // Every claimant the editor translated is offered in Ukrainian too, as the claims translate it.
    for (const c of geo.claims) if (c.claimant_uk) expect(facets.claimantsUk[c.claimant]).toBe(c.claimant_uk);
    expect(new Set(facets.kinds)).toEqual(new Set(geo.claims.map((c) => c.kind)));
    expect(new Set(facets.sources.map((s) => s.id))).toEqual(new Set(geo.claims.map((c) => c.source)));
  });
});

describe('the search index', () => {
  const load = () => {
    const { index, read } = corpora.shipped;
    return MiniSearch.loadJS(read<SearchFile>(index.search).index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS);
  };
  const ids = (search: MiniSearch, q: string) => new Set(search.search(q).map((r) => String(r.id)));

  it('finds a place’s claims under every spelling the app knows: older transliterations, Ukrainian and Russian', () => {
    const search = load();
    const { geo } = corpora.shipped;
    for (const [place, spellings] of [
      ['sievierodonetsk', ['Severodonetsk', 'Сєвєродонецьк', 'Северодонецк']],
      ['UA-09', ['Lugansk', 'Луганщина']],
      ['kyiv', ['Kiev', 'Киев']],
    ] as const) {
      const about = claimsOf(geo.claims, place).map((c) => c.id);
      expect(about.length, place).toBeGreaterThan(0);
      for (const spelling of spellings) expect([...ids(search, spelling)], spelling).toEqual(expect.arrayContaining(about));
    }
  });

  it('covers quotes, claimants and source titles, accents and case folded, every word required', () => {
    const search = load();
    const { geo } = corpora.shipped;
    const claim = geo.claims.find((c) => c.claimant !== 'the article') as Claim;
    const word = claim.quote.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w)) as string;
    expect(ids(search, word.toUpperCase()).has(claim.id)).toBe(true);
    expect(ids(search, claim.claimant).has(claim.id)).toBe(true);
    const title = geo.sources.find((s) => s.id === claim.source)?.title as string;
    expect(ids(search, title.split(' ').slice(0, 3).join(' ')).has(claim.id)).toBe(true);
    expect(ids(search, `${word} zzzqqq`).size).toBe(0);
  });
});

describe('the data version', () => {
  it('changes when a claim changes, and so do the names of the files holding it', async () => {
    const { files, index } = corpora.shipped;
    const dir = join(scratch, 'edited');
    writeSyntheticCorpus(dir, 50, { geodataDir: join(ROOT, 'geodata'), seed: 3 });
    const before = await buildData(dir);
    const { writeFileSync, readFileSync } = await import('node:fs');
    const claimsFile = join(dir, 'claims/synthetic-00000.json');
    const claims = JSON.parse(readFileSync(claimsFile, 'utf8')) as Claim[];
    claims[0].summary = `${claims[0].summary} (edited)`;
    writeFileSync(claimsFile, JSON.stringify(claims));
    const after = await buildData(dir);
    const versionOf = (f: DataFiles) => (JSON.parse(f.get(DATA_INDEX_FILE) as string) as DataIndex).version;
    expect(versionOf(after)).not.toBe(versionOf(before));
    const place = claims[0].places[0];
    const shardOf = (f: DataFiles) => (JSON.parse(f.get(DATA_INDEX_FILE) as string) as DataIndex).places[place].shard;
    expect(shardOf(after)).not.toBe(shardOf(before));
    // The shipped build is untouched by any of this.
    expect(files.get(DATA_INDEX_FILE)).toContain(index.version);
  });

  it('is refused for data that fails the checks, naming the problem', async () => {
    await expect(buildData(join(ROOT, 'tests/fixtures/claims/invalid/one-sided-dispute'))).rejects.toThrow(/not valid/);
  });
});
