// The viewer's state: data, visible layers, selection, filters and language. Panels and map read and write it.
import type { Claim, Source } from '../model/types';
import type { Place } from '../model/places';
import { placeStatus, type PlaceStatus } from '../model/placeStatus';
import { EMPTY_FILTER, isRangeActive, matchesFilter, type ClaimFilter } from '../model/claimFilter';
import { overlapsRange } from '../model/dates';
import { translate, type Lang, type StringKey } from '../i18n/strings';
import type { MapView, Selection } from './hash';
import { ImportsState } from './imports.svelte';
import type { ComputedData } from '../computed';

export type MapState = 'loading' | 'ready' | 'error' | 'no-webgl';

export class AppState {
  /** Loaded data never changes after start; kept raw so Svelte does not proxy big arrays. */
  places = $state.raw<Place[]>([]);
  claims = $state.raw<Claim[]>([]);
  sources = $state.raw<Source[]>([]);

  mapState = $state<MapState>('loading');
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

  placeById = $derived(new Map(this.places.map((p) => [p.id, p])));
  claimById = $derived(new Map(this.claims.map((c) => [c.id, c])));
  sourceById = $derived(new Map(this.sources.map((s) => [s.id, s])));

  /** Claims inside the timeline range: these drive map colours, popups and the panel alike. */
  timedClaims = $derived.by(() => {
    const { range, includeUndated } = this.filter;
    if (!isRangeActive(range) && includeUndated) return this.claims;
    return this.claims.filter((c) => {
      const inRange = overlapsRange(c.event_date, range);
      return inRange === null ? includeUndated : inRange;
    });
  });

  /** What each place's (timeline-filtered) claims add up to. */
  statusByPlace = $derived.by(() => {
    const out: Record<string, PlaceStatus> = {};
    for (const place of this.places) {
      out[place.id] = placeStatus(this.timedClaims.filter((c) => c.places.includes(place.id)));
    }
    return out;
  });

  /** Claims the claims panel lists: the listed selection's (or all), through every filter. */
  panelClaims = $derived.by(() => {
    const sel = this.listedSelection;
    return this.claims.filter((c) => (!sel || c.places.includes(sel.id)) && matchesFilter(c, this.filter));
  });

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
