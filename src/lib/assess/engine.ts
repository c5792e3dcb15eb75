// Marks imported layers as assessments, builds each named series from them, and asks the worker for figures. Loaded only when an assessment is used.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import regionsUrl from '../../../geodata/regions.geojson?url';
import type { ImportedLayer } from '../state/imports.svelte';
import { assess, type AssessMark, type AssessSeries } from './store.svelte';
import { preloadPanel } from '../panels/assessLazy.svelte';
import { featureDate } from './dates';
import type { AssessRequest, AssessResponse, Snapshot } from './protocol';
import { packPolygons, transferables } from './packedPolygons';

/** The key a mark is kept under in a kept layer's record (keep.ts `extra`). */
export const KEEP_FIELD = 'assessment';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: AssessResponse) => void>();
/** The worker's request id of each figure still being worked out. */
const queuedIds = new Map<string, number>();
/** Each series' polygons by date, for the map. */
const shapes = new Map<string, Map<string, Feature<Polygon | MultiPolygon>[]>>();
/** The same collection object for the same series and date, so the map is not sent it twice. */
const collections = new Map<string, FeatureCollection<Polygon | MultiPolygon>>();

function send(msg: AssessRequest, transfer: Transferable[] = []): void {
  if (!worker) {
    worker = new Worker(new URL('./assess.worker.ts', import.meta.url), { type: 'module', name: 'assess' });
    worker.onmessage = (e: MessageEvent<AssessResponse>) => {
      const done = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      done?.(e.data);
    };
    worker.postMessage({ type: 'regions', url: new URL(regionsUrl, location.href).href } satisfies AssessRequest);
  }
  worker.postMessage(msg, transfer);
}

export const foldName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

function isArea(f: Feature | null | undefined): f is Feature<Polygon | MultiPolygon> {
  return !!f?.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
}

/** Polygon features of the marked layers of one series, grouped by date (a feature's own `date`, else its layer's). */
export function groupByDate(
  layers: { data: { features: (Feature | null)[] }; mark: AssessMark }[],
): Map<string, Feature<Polygon | MultiPolygon>[]> {
  const byDate = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  for (const { data, mark } of layers) {
    for (const f of data.features) {
      if (!isArea(f)) continue;
      const date = featureDate(f.properties) ?? mark.date;
      if (!date) continue;
      const list = byDate.get(date);
      if (list) list.push(f);
      else byDate.set(date, [f]);
    }
  }
  return byDate;
}

/** Rebuilds every series from the marks, sends changed ones to the worker and drops stale figures. */
function rebuild(layers: readonly ImportedLayer[]): void {
  const groups = new Map<string, { name: string; notes: string[]; items: { layer: ImportedLayer; mark: AssessMark }[] }>();
  for (const layer of layers) {
    const mark = assess.marks[layer.id];
    if (!mark) continue;
    const key = foldName(mark.by);
    const g = groups.get(key) ?? { name: mark.by.trim(), notes: [], items: [] };
    g.items.push({ layer, mark });
    if (mark.note.trim() && !g.notes.includes(mark.note.trim())) g.notes.push(mark.note.trim());
    groups.set(key, g);
  }
  const series: AssessSeries[] = [];
  collections.clear();
  for (const [key, g] of groups) {
    const byDate = groupByDate(
      g.items.map((i) => ({ data: i.layer.data as unknown as { features: (Feature | null)[] }, mark: i.mark })),
    );
    const dates = [...byDate.keys()].sort();
    shapes.set(key, byDate);
    const snapshots: Snapshot[] = dates.map((date) => ({
      date,
      polygons: packPolygons(byDate.get(date)!.map((f) => f.geometry)),
    }));
    send(
      { type: 'series', key, snapshots },
      snapshots.flatMap((s) => transferables(s.polygons)),
    );
    series.push({ key, name: g.name, notes: g.notes, dates, layerIds: g.items.map((i) => i.layer.id) });
  }
  for (const old of assess.series) {
    if (!groups.has(old.key)) {
      send({ type: 'drop', key: old.key });
      shapes.delete(old.key);
    }
  }
  // Figures of rebuilt series are worked out again on demand.
  const keys = new Set([...assess.series.map((s) => s.key), ...groups.keys()]);
  for (const k of Object.keys(assess.figures)) if (keys.has(k.split('|')[0])) delete assess.figures[k];
  assess.series = series;
  // The cards' figure component is fetched now, not when the first card opens.
  if (series.length) preloadPanel('figures');
  const requested = assess.requested ? foldName(assess.requested.name) : null;
  if (requested && groups.has(requested)) assess.activeKey = requested;
  else if (!assess.activeKey || !groups.has(assess.activeKey))
    assess.activeKey = series.length ? series[series.length - 1].key : null;
}

/** Marks a layer as an assessment (or changes its mark), keeps the mark with a kept layer, and rebuilds. */
export function apply(layers: readonly ImportedLayer[], layer: ImportedLayer, mark: AssessMark): void {
  assess.marks = { ...assess.marks, [layer.id]: mark };
  assess.activeKey = foldName(mark.by);
  rebuild(layers);
  if (layer.keptKey) {
    const key = layer.keptKey;
    void import('../import/keep').then((k) => k.updateKeptLayer(key, { extra: { ...(layer.extra ?? {}), [KEEP_FIELD]: mark } }));
  }
}

/** Stops using a layer as an assessment. */
export function unmark(layers: readonly ImportedLayer[], layer: ImportedLayer): void {
  const { [layer.id]: _gone, ...rest } = assess.marks;
  void _gone;
  assess.marks = rest;
  rebuild(layers);
  if (layer.keptKey) {
    const key = layer.keptKey;
    const { [KEEP_FIELD]: _m, ...extra } = layer.extra ?? {};
    void _m;
    void import('../import/keep').then((k) => k.updateKeptLayer(key, { extra }));
  }
}

/** A kept mark read back, if it is a well-formed one. */
export function keptMark(extra: Record<string, unknown> | undefined): AssessMark | null {
  const m = extra?.[KEEP_FIELD] as Partial<AssessMark> | undefined;
  if (!m || typeof m.by !== 'string' || !m.by.trim()) return null;
  return { by: m.by, date: typeof m.date === 'string' ? m.date : null, note: typeof m.note === 'string' ? m.note : '' };
}

/** Follows the imported layers: marks kept with restored layers come back, removed layers' marks go. */
export function syncLayers(layers: readonly ImportedLayer[]): void {
  const ids = new Set(layers.map((l) => l.id));
  let changed = false;
  const marks = { ...assess.marks };
  for (const id of Object.keys(marks)) {
    if (!ids.has(id)) {
      delete marks[id];
      changed = true;
    }
  }
  for (const layer of layers) {
    if (marks[layer.id]) continue;
    const kept = keptMark(layer.extra);
    if (kept) {
      marks[layer.id] = kept;
      changed = true;
    }
  }
  if (!changed) return;
  assess.marks = marks;
  rebuild(layers);
}

/** Starts the worker and its boundaries (and warms its clipping code) ahead of the first figure. */
export function warm(): void {
  if (!worker) send({ type: 'drop', key: '' });
}

/** Asks for one figure (once; the answer lands in assess.figures). */
export function requestFigure(seriesKey: string, date: string, place: string): void {
  const k = `${seriesKey}|${date}|${place}`;
  const known = assess.figures[k];
  if (known) {
    // Still waiting: whoever asks now (a card just opened) is the one the reader is looking at.
    const queued = known.state === 'loading' ? queuedIds.get(k) : undefined;
    if (queued !== undefined) send({ type: 'bump', id: queued });
    return;
  }
  assess.figures[k] = { state: 'loading' };
  const id = nextId++;
  queuedIds.set(k, id);
  waiting.set(id, (r) => {
    if (queuedIds.get(k) === id) queuedIds.delete(k);
    if (r.type !== 'figure') return;
    // Dropped meanwhile (the series was rebuilt): a new request will follow.
    if (!assess.figures[k] || assess.figures[k].state !== 'loading') return;
    assess.figures[k] = r.ok
      ? { state: 'ready', figure: r.figure, names: r.names, ms: r.ms }
      : { state: 'error', error: r.error };
  });
  send({ type: 'figure', id, key: seriesKey, date, place });
}

/** The assessed polygons of a series on a date, for the map. */
export function shapesOn(seriesKey: string, date: string): FeatureCollection<Polygon | MultiPolygon> {
  const k = `${seriesKey}|${date}`;
  let fc = collections.get(k);
  if (!fc) {
    fc = { type: 'FeatureCollection', features: shapes.get(seriesKey)?.get(date) ?? [] };
    collections.set(k, fc);
  }
  return fc;
}
