// The data build: turns geodata/ into the static files the viewer fetches at run time (an index, shards, texts, search).
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type { Claim, Source } from '../../src/lib/model/types.ts';
import { CLAIM_KINDS } from '../../src/lib/model/types.ts';
import { placeClaimFlags } from '../../src/lib/model/placeStatus.ts';
import {
  DATA_FORMAT,
  DATA_INDEX_FILE,
  HEAD_GROUPS,
  SEARCH_OPTIONS,
  cardGroups,
  groupedClaims,
  cardOrder,
  dateBucket,
  type ClaimShard,
  type DataIndex,
  type Facets,
  type IndexPlace,
  type SourceMeta,
  type SourceShard,
  type SearchFile,
} from '../../src/lib/model/corpus.ts';
import { readGeodata, type Geodata } from '../lib/read-geodata.ts';
import { geodataPaths, validateGeodata } from '../lib/validate-geodata.ts';

/** Claims per chunk of the whole corpus: ~0.5 MB of JSON, a few milliseconds to parse. */
export const CHUNK_SIZE = 1000;

/** The files of one data build, by path relative to the data folder. */
export type DataFiles = Map<string, string>;

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A file name carrying its content's hash, so a browser never mixes an old file with a new index. */
function hashed(stem: string, body: string): string {
  return `${stem}.${sha(body).slice(0, 12)}.json`;
}

/** The data version: a hash over everything the files are made of (and their format). */
function dataVersion(geo: Geodata): string {
  const hash = createHash('sha256').update(`format ${DATA_FORMAT}\n`);
  hash.update(JSON.stringify(geo.sources));
  for (const [id, text] of [...geo.texts].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${id}\n${text}`);
  hash.update(JSON.stringify(geo.claims));
  return hash.digest('hex').slice(0, 16);
}

function sourceMeta(source: Source, file: string): SourceMeta {
  return { ...source, file };
}

/** Builds every data file from data already read and checked. */
export function buildDataFromGeodata(geo: Geodata): DataFiles {
  const files: DataFiles = new Map();
  const version = dataVersion(geo);
  const put = (stem: string, value: unknown): string => {
    const body = JSON.stringify(value);
    const name = hashed(stem, body);
    files.set(name, body);
    return name;
  };

  // Articles first: every claim shard names the file of each source it cites.
  const claimsBySource = new Map<string, Claim[]>();
  for (const claim of geo.claims) {
    const list = claimsBySource.get(claim.source) ?? [];
    list.push(claim);
    claimsBySource.set(claim.source, list);
  }
  const metas = new Map<string, SourceMeta>();
  for (const source of geo.sources) {
    const shard: SourceShard = {
      format: DATA_FORMAT,
      version,
      source,
      text: geo.texts.get(source.id) ?? '',
      claims: claimsBySource.get(source.id) ?? [],
    };
    const file = put(`source/${source.id}`, shard);
    metas.set(source.id, sourceMeta(source, file));
  }
  const sourcesOf = (claims: readonly Claim[]): Record<string, SourceMeta> => {
    const out: Record<string, SourceMeta> = {};
    for (const c of claims) {
      const meta = metas.get(c.source);
      if (meta) out[c.source] = meta;
    }
    return out;
  };

  // A place's shard: its claims in card order, and the claims of other places its claims dispute.
  const byId = new Map(geo.claims.map((c) => [c.id, c]));
  const claimsByPlace = new Map<string, Claim[]>();
  for (const claim of geo.claims) {
    for (const place of new Set(claim.places)) {
      const list = claimsByPlace.get(place) ?? [];
      list.push(claim);
      claimsByPlace.set(place, list);
    }
  }
  const disputedBy = new Map<string, Set<string>>();
  for (const claim of geo.claims) {
    for (const other of claim.disputes) {
      disputedBy.set(other, (disputedBy.get(other) ?? new Set()).add(claim.id));
      disputedBy.set(claim.id, (disputedBy.get(claim.id) ?? new Set()).add(other));
    }
  }
  const places: Record<string, IndexPlace> = {};
  for (const [placeId, claims] of [...claimsByPlace].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const own = new Set(claims.map((c) => c.id));
    const related = new Map<string, Claim>();
    for (const c of claims) {
      for (const other of disputedBy.get(c.id) ?? []) {
        const partner = byId.get(other);
        if (partner && !own.has(other)) related.set(other, partner);
      }
    }
    const groups = cardGroups(claims);
    const ordered = groupedClaims(groups);
    let head: string | undefined;
    if (groups.length > HEAD_GROUPS) {
      const first = groupedClaims(groups.slice(0, HEAD_GROUPS));
      const firstRelated = [...related.values()].filter((r) =>
        first.some((c) => c.disputes.includes(r.id) || r.disputes.includes(c.id)),
      );
      const headShard: ClaimShard = {
        format: DATA_FORMAT,
        version,
        claims: first,
        sources: sourcesOf([...first, ...firstRelated]),
        related: firstRelated,
      };
      head = put(`place/${placeId}.head`, headShard);
    }
    const shard: ClaimShard = {
      format: DATA_FORMAT,
      version,
      claims: ordered,
      sources: sourcesOf([...ordered, ...related.values()]),
      related: [...related.values()],
    };
    const buckets: Record<string, number> = {};
    const flags = placeClaimFlags(claims);
    claims.forEach((c, i) => {
      const key = dateBucket(c.event_date);
      buckets[key] = (buckets[key] ?? 0) | flags[i];
    });
    places[placeId] = {
      count: claims.length,
      buckets,
      shard: put(`place/${placeId}`, shard),
      ...(head ? { head } : {}),
    };
  }

  // The whole corpus in card order, in chunks, for the claims panel with no place selected.
  const all = cardOrder(geo.claims);
  const chunks: string[] = [];
  for (let i = 0; i < all.length; i += CHUNK_SIZE) {
    const claims = all.slice(i, i + CHUNK_SIZE);
    const shard: ClaimShard = { format: DATA_FORMAT, version, claims, sources: sourcesOf(claims), related: [] };
    chunks.push(put(`claims/${chunks.length}`, shard));
  }

  const collator = new Intl.Collator('en');
  const facets: Facets = {
    format: DATA_FORMAT,
    version,
    kinds: CLAIM_KINDS.filter((k) => geo.claims.some((c) => c.kind === k)),
    claimants: [...new Set(geo.claims.map((c) => c.claimant))].sort(collator.compare),
    claimantsUk: Object.fromEntries(geo.claims.filter((c) => c.claimant_uk).map((c) => [c.claimant, c.claimant_uk as string])),
    sources: geo.sources
      .filter((s) => claimsBySource.has(s.id))
      .map((s) => ({ id: s.id, title: s.title }))
      .sort((a, b) => collator.compare(a.title, b.title)),
  };

  // Search covers quotes, summaries (both languages), claimants, every name of every place, and the source.
  const namesOf = new Map(geo.places.map((p) => [p.id, p.names.join(' ')]));
  const sourceById = new Map(geo.sources.map((s) => [s.id, s]));
  const search = new MiniSearch(SEARCH_OPTIONS);
  search.addAll(
    geo.claims.map((c) => {
      const source = sourceById.get(c.source);
      const extra = c as Claim & { summary_uk?: string; claimant_uk?: string };
      return {
        id: c.id,
        quote: c.quote,
        summary: [c.summary, extra.summary_uk ?? ''].join(' '),
        claimant: [c.claimant, extra.claimant_uk ?? ''].join(' '),
        places: c.places.map((p) => namesOf.get(p) ?? p).join(' '),
        source: [source?.title, source?.byline, source?.outlet].filter(Boolean).join(' '),
      };
    }),
  );

  const buckets: Record<string, number> = {};
  let inferred = 0;
  for (const c of geo.claims) {
    const key = dateBucket(c.event_date);
    buckets[key] = (buckets[key] ?? 0) + 1;
    if (key !== '' && c.event_date.basis === 'inferred') inferred += 1;
  }
  const index: DataIndex = {
    format: DATA_FORMAT,
    version,
    claimCount: geo.claims.length,
    sourceCount: geo.sources.length,
    places,
    buckets,
    inferred,
    facets: put('facets', facets),
    chunks,
    search: put('search', { format: DATA_FORMAT, version, index: search.toJSON() } satisfies SearchFile),
  };
  files.set(DATA_INDEX_FILE, JSON.stringify(index));
  return files;
}

/** Reads, checks and builds a geodata folder; throws with every problem listed when the data is not valid. */
export async function buildData(geodataDir: string): Promise<DataFiles> {
  const report = await validateGeodata(geodataPaths(geodataDir));
  if (report.errors.length > 0) {
    throw new Error(`the data in ${geodataDir} is not valid (run npm run validate):\n${report.lines.join('\n')}`);
  }
  return buildDataFromGeodata(readGeodata(geodataDir));
}
