// Run-time loading of the claims: the index at start, a place's shard when its card needs it, the rest on demand.
import { untrack } from 'svelte';
import type MiniSearch from 'minisearch';
import type { Claim } from '../model/types';
import {
  DATA_INDEX_FILE,
  SEARCH_OPTIONS,
  type ClaimShard,
  type DataIndex,
  type Facets,
  type SearchFile,
  type SourceMeta,
  type SourceShard,
} from '../model/corpus';
import { DataError, fetchDataFile } from './fetchData';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: DataError };

/** A place's claims as its card shows them, and the other places' claims they dispute. */
export interface PlaceClaims {
  claims: Claim[];
  related: Claim[];
  /** False while only the place's first groups (its head file) are here. */
  complete: boolean;
}

/** The whole corpus, for the claims panel with no place selected; filled chunk by chunk. */
export interface AllClaims {
  claims: Claim[];
  done: number;
  total: number;
  error: DataError | null;
}

const asDataError = (err: unknown): DataError =>
  err instanceof DataError ? err : new DataError('corrupt', '?', err instanceof Error ? err.message : String(err));

let firstIndex: Promise<DataIndex> | null = null;

/** Starts fetching the index as the page starts, before the app mounts (see main.ts). */
export function prefetchIndex(): void {
  if (firstIndex) return;
  firstIndex = fetchDataFile<DataIndex>(DATA_INDEX_FILE, null, true);
  // Handled by the Corpus once the app mounts; until then a failure must not count as unhandled.
  firstIndex.catch(() => undefined);
}

export class Corpus {
  index = $state.raw<Loadable<DataIndex>>({ state: 'loading' });
  places = $state.raw<Record<string, Loadable<PlaceClaims>>>({});
  sourceTexts = $state.raw<Record<string, Loadable<SourceShard>>>({});
  all = $state.raw<AllClaims | null>(null);
  facets = $state.raw<Facets | null>(null);
  search = $state.raw<MiniSearch | null>(null);
  searchState = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  /** Bumped whenever claims or sources join the caches below, so derived state can follow them. */
  loaded = $state(0);

  /** Every claim and source met in any file so far, by id (plain maps: `loaded` carries the reactivity). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache of 25,000 entries; one counter signals changes
  readonly claimById = new Map<string, Claim>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- as above
  readonly sourceById = new Map<string, SourceMeta>();

  private indexLoad: Promise<DataIndex> | null = null;

  constructor() {
    prefetchIndex();
    this.indexLoad = this.settleIndex(firstIndex as Promise<DataIndex>);
  }

  private settleIndex(load: Promise<DataIndex>): Promise<DataIndex> {
    this.index = { state: 'loading' };
    const settled = load.then(
      (value) => {
        this.index = { state: 'ready', value };
        return value;
      },
      (err: unknown) => {
        this.index = { state: 'error', error: asDataError(err) };
        throw err;
      },
    );
    settled.catch(() => undefined);
    return settled;
  }

  get version(): string | null {
    return this.index.state === 'ready' ? this.index.value.version : null;
  }

  /** Fetches the index again; on a new data version every cached file of the old one is dropped. */
  reloadIndex(): Promise<DataIndex> {
    const old = this.version;
    this.indexLoad = this.settleIndex(fetchDataFile<DataIndex>(DATA_INDEX_FILE, null, true));
    return this.indexLoad.then((index) => {
      if (index.version !== old) {
        this.places = {};
        this.sourceTexts = {};
        this.all = null;
        this.allLoad = null;
        this.facets = null;
        this.search = null;
        this.searchState = 'idle';
        this.claimById.clear();
        this.sourceById.clear();
        this.loaded += 1;
      }
      return index;
    });
  }

  private async indexValue(): Promise<DataIndex> {
    if (this.index.state === 'ready') return this.index.value;
    return (this.indexLoad ??= this.reloadIndex());
  }

  private remember(claims: readonly Claim[], sources: Record<string, SourceMeta>): void {
    for (const c of claims) this.claimById.set(c.id, c);
    for (const [id, meta] of Object.entries(sources)) this.sourceById.set(id, meta);
  }

  // The load* methods are called from effects: they read state untracked, so an effect asking for
  // data does not also re-run whenever that data changes (which, after a fault, would ask again forever).

  /**
   * A place's claims: loaded once, kept for the session (a fault stays until `retryPlace`). A card
   * asks for the first groups only (`full` false): for a big place that is a small head file, and the
   * whole shard follows when the card, the panel or a filter needs more.
   */
  loadPlace(id: string, full = true): void {
    untrack(() => {
      const current = this.places[id];
      if (!current) void this.fetchPlace(id, full);
      else if (full && current.state === 'ready' && !current.value.complete && !this.fullPending.has(id))
        void this.fetchPlace(id, true);
    });
  }
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping no view reads
  private fullPending = new Set<string>();

  /** The first groups of places a reader is likely to open, fetched while nothing else is going on. */
  prefetchHeads(ids: readonly string[]): void {
    for (const id of ids) this.loadPlace(id, false);
  }

  /** After a fault: a missing file or another version means the index is stale, so it is fetched again first. */
  retryPlace(id: string): void {
    const current = this.places[id];
    const staleIndex = current?.state === 'error' && (current.error.fault === 'missing' || current.error.fault === 'version');
    const { [id]: _dropped, ...rest } = this.places;
    this.places = rest;
    void (staleIndex || this.index.state === 'error'
      ? this.reloadIndex().then(
          () => this.fetchPlace(id),
          () => undefined,
        )
      : this.fetchPlace(id));
  }

  private async fetchPlace(id: string, full = true): Promise<void> {
    const previous = this.places[id];
    const keep = previous?.state === 'ready' ? previous : null;
    if (!keep) this.places = { ...this.places, [id]: { state: 'loading' } };
    if (full) this.fullPending.add(id);
    try {
      const index = await this.indexValue();
      const entry = index.places[id];
      let value: PlaceClaims = { claims: [], related: [], complete: true };
      if (entry) {
        const file = !full && entry.head ? entry.head : entry.shard;
        const shard = await fetchDataFile<ClaimShard>(file, index.version);
        this.remember([...shard.claims, ...shard.related], shard.sources);
        value = { claims: shard.claims, related: shard.related, complete: file === entry.shard };
        this.loaded += 1;
      }
      // A head arriving after the whole shard must not replace it.
      const now = this.places[id];
      if (now?.state === 'ready' && now.value.complete && !value.complete) return;
      this.places = { ...this.places, [id]: { state: 'ready', value } };
    } catch (err) {
      // With a head on screen, a fault in the rest is reported the same way: the card says so.
      this.places = { ...this.places, [id]: { state: 'error', error: asDataError(err) } };
    } finally {
      if (full) this.fullPending.delete(id);
    }
  }

  /** The whole corpus, chunk by chunk, for the claims panel with no selection (and links to unknown claims). */
  loadAll(): Promise<void> {
    return untrack(() => (this.allLoad ??= this.fetchAll()));
  }

  /** After a fault in the whole-corpus list: the index again (it may be stale), then every chunk. */
  retryAll(): void {
    this.allLoad = null;
    this.all = null;
    void this.reloadIndex().then(
      () => this.loadAll(),
      () => undefined,
    );
  }
  private allLoad: Promise<void> | null = null;

  private async fetchAll(): Promise<void> {
    let index: DataIndex;
    try {
      index = await this.indexValue();
    } catch (err) {
      this.all = { claims: [], done: 0, total: 0, error: asDataError(err) };
      return;
    }
    const total = index.chunks.length;
    this.all = { claims: [], done: 0, total, error: null };
    // Fetched two at a time, applied in order: the list grows from its top as chunks arrive.
    const fetches = index.chunks.map(
      (file, i) => () => fetchDataFile<ClaimShard>(file, index.version).then((s) => [i, s] as const),
    );
    const results: (ClaimShard | undefined)[] = [];
    let next = 0;
    let applied = 0;
    let claims: Claim[] = [];
    const worker = async () => {
      while (next < fetches.length) {
        const [i, shard] = await fetches[next++]();
        results[i] = shard;
        while (results[applied]) {
          const s = results[applied] as ClaimShard;
          this.remember(s.claims, s.sources);
          claims = claims.concat(s.claims);
          results[applied] = undefined;
          applied += 1;
          this.all = { claims, done: applied, total, error: null };
          this.loaded += 1;
        }
      }
    };
    try {
      await Promise.all([worker(), worker()]);
    } catch (err) {
      this.all = { claims, done: applied, total, error: asDataError(err) };
    }
  }

  /** Kinds, claimants and sources for the panel's filters. */
  async loadFacets(): Promise<void> {
    if (untrack(() => this.facets)) return;
    try {
      const index = await this.indexValue();
      this.facets = await fetchDataFile<Facets>(index.facets, index.version);
    } catch {
      // The filters then offer what the loaded claims hold; nothing a reader loses.
    }
  }

  /** The search index, fetched on the first search. */
  async loadSearch(): Promise<void> {
    const state = untrack(() => this.searchState);
    if (state === 'loading' || state === 'ready') return;
    this.searchState = 'loading';
    try {
      const index = await this.indexValue();
      // The search code comes with the index, on the first search: most readers never search.
      const [file, { default: MiniSearchClass }] = await Promise.all([
        fetchDataFile<SearchFile>(index.search, index.version),
        import('minisearch'),
      ]);
      this.search = await MiniSearchClass.loadJSAsync(file.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS);
      this.searchState = 'ready';
    } catch {
      // Without the index the panel falls back to matching the text of the claims it has.
      this.searchState = 'error';
    }
  }

  /** Ids of the claims matching a search, or null while the index is not there. */
  searchIds(text: string): Set<string> | null {
    if (!this.search) return null;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh result, never changed after
    return new Set(this.search.search(text).map((r) => String(r.id)));
  }

  /** An article and every claim quoting it, for the source reader. */
  loadSource(id: string): void {
    untrack(() => {
      if (!this.sourceTexts[id]) void this.fetchSource(id);
    });
  }

  retrySource(id: string): void {
    const { [id]: _dropped, ...rest } = this.sourceTexts;
    this.sourceTexts = rest;
    void this.reloadIndex().then(
      () => this.fetchSource(id),
      () => undefined,
    );
  }

  private async fetchSource(id: string): Promise<void> {
    this.sourceTexts = { ...this.sourceTexts, [id]: { state: 'loading' } };
    try {
      const index = await this.indexValue();
      const meta = this.sourceById.get(id);
      if (!meta) throw new DataError('missing', `source/${id}`, 'no such source in the data');
      const shard = await fetchDataFile<SourceShard>(meta.file, index.version);
      this.remember(shard.claims, {});
      this.loaded += 1;
      this.sourceTexts = { ...this.sourceTexts, [id]: { state: 'ready', value: shard } };
    } catch (err) {
      this.sourceTexts = { ...this.sourceTexts, [id]: { state: 'error', error: asDataError(err) } };
    }
  }

  /** A claim by id: from what is loaded, else from the whole corpus (a permalink to a claim nobody has shown yet). */
  async findClaim(id: string): Promise<Claim | null> {
    const known = this.claimById.get(id);
    if (known) return known;
    await this.loadAll();
    return this.claimById.get(id) ?? null;
  }
}
