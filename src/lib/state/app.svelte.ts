// The viewer's state: data, visible layers, selection, filters and language. Panels and map read and write it.
import type { Claim } from '../model/types';
import type { Place } from '../model/places';
import { claimFlagsByPlace, statusFromFlags, type PlaceStatus } from '../model/placeStatus';
import { EMPTY_FILTER, matchesFilter, narrowsDates, type ClaimFilter } from '../model/claimFilter';
import { overlapsRange } from '../model/dates';
import { bucketDate, type SourceMeta } from '../model/corpus';
import { Corpus } from '../data/corpus.svelte';
import { placeStatusLabel, translate, type Lang, type StringKey } from '../i18n/strings';
import type { MapView, Selection } from './hash';
import { ImportsState } from './imports.svelte';
import type { ComputedData } from '../computed';

export type MapState = 'loading' | 'ready' | 'error' | 'no-webgl';

export class AppState {
  /** The places come with the bundle and never change; kept raw so Svelte does not proxy them. */
  places = $state.raw<Place[]>([]);
  /** The claims and sources, fetched at run time: the index at start, the rest when needed. */
  corpus = new Corpus();

  mapState = $state<MapState>('loading');
  /** Shown inside another page's <iframe> (`embed=1`): the map, its legend and a link to the full viewer. */
  embed = $state(false);
  mapError = $state<string | null>(null);

  visible = $state<Record<string, boolean>>({});
  selection = $state<Selection | null>(null);
  /**
   * The selection the claims panel lists. It follows `selection` one painted frame later (see App),
   * so the popup the reader asked for is drawn before the longer list beside it is rebuilt.
   */
  listedSelection = $state<Selection | null>(null);
  /** The map's current camera, written by the map and kept in the permalink. */
  view = $state.raw<MapView | null>(null);
  /** A camera position the map should jump to (from the URL on back/forward). */
  cameraRequest = $state.raw<MapView | null>(null);
  filter = $state<ClaimFilter>(structuredClone(EMPTY_FILTER));
  lang = $state<Lang>('en');
  /** Claim whose source the reader shows. */
  reading = $state<string | null>(null);

  /** The reader's own imported layers. */
  imports = new ImportsState();
  /** Figures computed from the geodata at build time; loaded after the map is ready. */
  computed = $state.raw<ComputedData | null>(null);
  /** Set by the map: a copy of its next frame, for the PNG export. Panels never touch the map itself. */
  captureMap: (() => Promise<HTMLCanvasElement>) | null = null;

  t = (key: StringKey, vars?: Record<string, string | number>): string => translate(this.lang, key, vars);

  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- derived anew from `places`, never changed in place
  placeById = $derived(new Map(this.places.map((p) => [p.id, p])));

  /**
   * Whether a kind, claimant or source filter is on. The map, the cards and the panel then show only
   * the matching claims; the search text narrows the panel alone (it finds claims, it does not filter).
   */
  facetFiltering = $derived(this.filter.kinds.length > 0 || this.filter.claimant !== null || this.filter.source !== null);

  /** The filter the map and the cards apply: the timeline and the facets, without the search text. */
  private shownFilter = $derived.by((): ClaimFilter => {
    const { kinds, claimant, source, range, includeUndated } = this.filter;
    return { kinds, claimant, source, range, includeUndated, text: '' };
  });

  private shown = (claim: Claim): boolean => matchesFilter(claim, this.shownFilter);

  /**
   * Each place's claims and the status flags each contributes, from the whole corpus once it has
   * loaded: the index's buckets know dates, not kinds, claimants or sources, so a facet filter's
   * statuses need the claims. Built once per corpus, not per filter change.
   */
  private flagsByPlace = $derived.by(() => {
    if (!this.facetFiltering) return null;
    const all = this.corpus.all;
    if (!all || all.error || all.done < all.total) return null;
    return claimFlagsByPlace(all.claims);
  });

  /** A facet filter is on but the claims it needs for the map's colours are still loading. */
  mapFilterPending = $derived(this.facetFiltering && this.flagsByPlace === null);

  /**
   * What each place's shown claims add up to. With the timeline only, from the index's date buckets
   * (the status flags of each bucket's claims OR-ed together) without fetching any claim; with a
   * facet filter, from the claims themselves (until they have loaded, the timeline's statuses).
   */
  statusByPlace = $derived.by(() => {
    const out: Record<string, PlaceStatus> = {};
    const byPlace = this.flagsByPlace;
    if (byPlace) {
      for (const place of this.places) {
        const entry = byPlace.get(place.id);
        let flags = 0;
        entry?.claims.forEach((claim, i) => {
          if (this.shown(claim)) flags |= entry.flags[i];
        });
        out[place.id] = statusFromFlags(flags);
      }
      return out;
    }
    const index = this.corpus.index.state === 'ready' ? this.corpus.index.value : null;
    const { range, includeUndated } = this.filter;
    const filtering = narrowsDates(this.filter);
    for (const place of this.places) {
      let flags = 0;
      for (const [bucket, bucketFlags] of Object.entries(index?.places[place.id]?.buckets ?? {})) {
        if (filtering) {
          const inRange = overlapsRange(bucketDate(bucket), range);
          if (inRange === false || (inRange === null && !includeUndated)) continue;
        }
        flags |= bucketFlags;
      }
      out[place.id] = statusFromFlags(flags);
    }
    return out;
  });

  /**
   * A place's status in words. A place whose claims the dates or filters all hide says so: "No claims
   * in the articles" would be untrue of it.
   */
  statusText(id: string): string {
    const status = this.statusByPlace[id] ?? 'no-claims';
    const index = this.corpus.index.state === 'ready' ? this.corpus.index.value : null;
    if (status === 'no-claims' && (index?.places[id]?.count ?? 0) > 0) {
      if (this.facetFiltering) return this.t('statusNoneMatching');
      if (narrowsDates(this.filter)) return this.t('statusNoneInDates');
    }
    return placeStatusLabel(this.lang, status);
  }

  /** A place's claims through the timeline and the facet filters, in card order; null until its shard has loaded. */
  placeClaims(id: string): Claim[] | null {
    const entry = this.corpus.places[id];
    return entry?.state === 'ready' ? entry.value.claims.filter(this.shown) : null;
  }

  /** Claims the claims panel lists: the listed selection's (or all), through every filter and the search. */
  panelClaims = $derived.by(() => {
    const sel = this.listedSelection;
    let base: readonly Claim[];
    if (sel) {
      const entry = this.corpus.places[sel.id];
      base = entry?.state === 'ready' ? entry.value.claims : [];
    } else {
      base = this.corpus.all?.claims ?? [];
    }
    const text = this.filter.text.trim();
    const hits = text ? this.corpus.searchIds(text) : null;
    // With the search index, the text is matched by it; until it has loaded, by the claims' own text.
    const filter = hits ? { ...this.filter, text: '' } : this.filter;
    return base.filter((c) => (!hits || hits.has(c.id)) && matchesFilter(c, filter));
  });

  /** How many claims the panel could list without filters: the selection's, or the whole corpus. */
  panelTotal = $derived.by(() => {
    const index = this.corpus.index.state === 'ready' ? this.corpus.index.value : null;
    const sel = this.listedSelection;
    if (!index) return 0;
    return sel ? (index.places[sel.id]?.count ?? 0) : index.claimCount;
  });

  /** A source's metadata, once a file citing it has loaded. */
  sourceMeta(id: string): SourceMeta | undefined {
    void this.corpus.loaded;
    return this.corpus.sourceById.get(id);
  }

  /** A claim by id, once a file holding it has loaded. */
  claim(id: string): Claim | undefined {
    void this.corpus.loaded;
    return this.corpus.claimById.get(id);
  }

  listedPlace = $derived(this.listedSelection ? (this.placeById.get(this.listedSelection.id) ?? null) : null);

  placeName(place: Place): string {
    return this.lang === 'uk' ? place.nameUk : place.nameEn;
  }

  select(id: string | null): void {
    const place = id ? this.placeById.get(id) : undefined;
    this.selection = place ? { kind: place.kind, id: place.id } : null;
  }

  setVisible(id: string, on: boolean): void {
    this.visible[id] = on;
  }

  setAllVisible(on: boolean): void {
    for (const place of this.places) this.visible[place.id] = on;
  }

  visibleIds(): string[] {
    return this.places.filter((p) => this.visible[p.id] !== false).map((p) => p.id);
  }
}
