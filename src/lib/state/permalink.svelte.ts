// Keeps the URL hash and the app state in step: restore on load and on back/forward, write on change.
import type { AppState } from './app.svelte';
import { formatHash, parseHash, type HashState } from './hash';
import { assess } from '../assess/store.svelte';

const LANG_KEY = 'situation-viewer.lang';

function defaultLayers(app: AppState): boolean {
  return app.places.every((p) => app.visible[p.id] !== false);
}

/** The hash the current state deserves. The view is left out while a selection explains the camera. */
export function currentHash(app: AppState): HashState {
  return {
    selection: app.selection,
    view: app.view,
    layers: defaultLayers(app) ? null : app.visibleIds(),
    lang: app.lang === 'en' ? null : app.lang,
    from: app.filter.range.from,
    to: app.filter.range.to,
    read: app.reading,
    assess: assessInHash(app),
    kinds: [...app.filter.kinds],
    claimant: app.filter.claimant,
    source: app.filter.source,
    q: app.filter.text.trim() ? app.filter.text : null,
    undated: app.filter.includeUndated,
    embed: app.embed,
  };
}

/**
 * The hash whose change pushes a history entry: without the camera and the search text, which are
 * typed or dragged a step at a time and only replace the current entry.
 */
const pushedHash = (state: HashState): string => formatHash({ ...state, view: null, q: null });

/** The assessment shown, by name and date; or the one the link named while its file is not loaded. */
function assessInHash(app: AppState): HashState['assess'] {
  const shown = assess.shownFor(app.filter.range.to);
  return shown ? { name: shown.series.name, date: shown.date } : assess.requested;
}

export function applyHash(app: AppState, state: HashState): void {
  app.selection = state.selection && app.placeById.has(state.selection.id) ? state.selection : null;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup for this loop only, never state
  const layers = state.layers ? new Set(state.layers) : null;
  for (const place of app.places) app.visible[place.id] = layers ? layers.has(place.id) : true;
  if (state.lang) app.lang = state.lang;
  app.filter.range = { from: state.from, to: state.to };
  app.filter.kinds = state.kinds ?? [];
  app.filter.claimant = state.claimant ?? null;
  app.filter.source = state.source ?? null;
  app.filter.text = state.q ?? '';
  app.filter.includeUndated = state.undated !== false;
  // The claim may not be loaded yet: the reader looks it up and says so if the data no longer has it.
  app.reading = state.read ?? null;
  assess.requested = state.assess ?? null;
  if (state.view) app.cameraRequest = state.view;
  app.embed = state.embed === true;
}

/** Reads the hash (and the remembered language) into the app once, before the map is built. */
export function restoreInitial(app: AppState): void {
  try {
    const remembered = localStorage.getItem(LANG_KEY);
    if (remembered === 'en' || remembered === 'uk') app.lang = remembered;
  } catch {
    // Storage can be blocked (private mode, file://): the default language is fine then.
  }
  const state = parseHash(location.hash);
  applyHash(app, state);
  app.view = state.view;
  app.cameraRequest = null;
}

/**
 * Writes state changes into the URL. Changes a reader would want "Back" to undo (selection, layers,
 * language, range, filters, reader) push a history entry; camera moves and search typing only replace
 * the current one.
 */
export function syncHash(app: AppState): () => void {
  let lastPushed = pushedHash(currentHash(app));
  const onPop = () => {
    const state = parseHash(location.hash);
    lastPushed = pushedHash(state);
    applyHash(app, state);
  };
  window.addEventListener('popstate', onPop);
  const stop = $effect.root(() => {
    $effect(() => {
      const state = currentHash(app);
      const withoutView = pushedHash(state);
      const full = formatHash(state);
      const url = `${location.pathname}${location.search}${full}`;
      if (withoutView !== lastPushed) {
        lastPushed = withoutView;
        history.pushState(null, '', url);
      } else if (full !== location.hash) {
        history.replaceState(null, '', url);
      }
    });
    $effect(() => {
      try {
        localStorage.setItem(LANG_KEY, app.lang);
      } catch {
        // See restoreInitial.
      }
      document.documentElement.lang = app.lang;
    });
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    stop();
  };
}
