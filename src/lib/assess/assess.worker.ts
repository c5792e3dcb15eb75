// The assessment worker: holds the region polygons and each series' assessed areas, and measures a place inside them, cached per place and date.
// Work goes one unit at a time, newest request first, so the card the reader just opened is not kept waiting behind a list's.
import { bbox } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import type { RegionProperties } from '../model/types';
import { assessedArea, clippedInsideKm2, unitFigure, unitsFrom, type Area, type Figure, type Unit } from './figures';
import type { AssessRequest, AssessResponse, PlaceNames, Snapshot } from './protocol';
import { unpackPolygons } from './packedPolygons';

type BBox = [number, number, number, number];
type FigureRequest = Extract<AssessRequest, { type: 'figure' }>;

let regions: Promise<Map<string, Unit>> | null = null;
let units: Map<string, Unit> | null = null;
const series = new Map<string, Map<string, Snapshot>>();
/** Merged assessed area per series and date, built on first use. */
const areas = new Map<string, { area: Area | null; box: BBox | undefined }>();
/** km² of a unit inside a series' area on a date: "series|date|unit". */
const inside = new Map<string, number>();
/** Requests waiting, oldest first; the newest is worked on first. */
const jobs: { msg: FigureRequest; started: number }[] = [];
let running = false;

const post = (m: AssessResponse) => (self as unknown as Worker).postMessage(m);

function areaFor(key: string, date: string): { area: Area | null; box: BBox | undefined } {
  const k = `${key}|${date}`;
  let a = areas.get(k);
  if (!a) {
    const snap = series.get(key)?.get(date);
    if (!snap) throw new Error(`no assessment on ${date}`);
    // Unpacked only for the dates asked about: a long series is mostly never measured.
    const area = assessedArea(unpackPolygons(snap.polygons));
    a = { area, box: area ? (bbox(area) as BBox) : undefined };
    areas.set(k, a);
  }
  return a;
}

const insideKey = (key: string, date: string, unit: Unit) => `${key}|${date}|${unit.id}`;

function measure(key: string, date: string, unit: Unit): number {
  const { area, box } = areaFor(key, date);
  const v = clippedInsideKm2(unit, area, box);
  inside.set(insideKey(key, date, unit), v);
  return v;
}

function unitsFor(place: string): Unit[] {
  if (!units) return [];
  if (place === 'UA') return [...units.values()].filter((u) => u.id.startsWith('UA-'));
  const u = units.get(place);
  if (!u) throw new Error(`no boundary for ${place}`);
  return [u];
}

function answer(msg: FigureRequest, started: number): void {
  const parts = unitsFor(msg.place);
  let insideKm2 = 0;
  let placeKm2 = 0;
  for (const u of parts) {
    insideKm2 += inside.get(insideKey(msg.key, msg.date, u)) ?? 0;
    placeKm2 += u.areaKm2;
  }
  const figure: Figure = { insideKm2, placeKm2, share: placeKm2 > 0 ? (insideKm2 / placeKm2) * 100 : 0 };
  const one = parts[0];
  const names: PlaceNames =
    msg.place === 'UA'
      ? { nameEn: 'Ukraine', nameUk: 'Україна', type: 'country' }
      : { nameEn: one.nameEn, nameUk: one.nameUk, type: one.type };
  post({ type: 'figure', id: msg.id, ok: true, figure, names, ms: performance.now() - started });
}

/** A yield that is not clamped like a nested setTimeout (4 ms each): a message to ourselves. */
const tick = new MessageChannel();
tick.port1.onmessage = () => work();
const yieldThen = () => tick.port2.postMessage(null);

/** Steps for up to 10 ms, then yields, so that new requests get in and the newest goes first. */
function work(): void {
  const until = performance.now() + 10;
  while (jobs.length && performance.now() < until) step();
  if (jobs.length) yieldThen();
  else running = false;
}

/** One step: one unit of the newest request measured, or the request answered. */
function step(): void {
  const job = jobs[jobs.length - 1];
  try {
    if (!series.get(job.msg.key)?.has(job.msg.date)) throw new Error(`no assessment on ${job.msg.date}`);
    const next = unitsFor(job.msg.place).find((u) => !inside.has(insideKey(job.msg.key, job.msg.date, u)));
    if (next) measure(job.msg.key, job.msg.date, next);
    else {
      jobs.pop();
      answer(job.msg, job.started);
    }
  } catch (e) {
    jobs.pop();
    post({ type: 'figure', id: job.msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
}

function run(): void {
  if (running || !units) return;
  running = true;
  yieldThen();
}

function forget(key: string): void {
  series.delete(key);
  for (const m of [areas, inside]) for (const k of [...m.keys()]) if (k.startsWith(`${key}|`)) m.delete(k);
}

self.onmessage = (event: MessageEvent<AssessRequest>) => {
  const msg = event.data;
  if (msg.type === 'regions') {
    regions ??= fetch(msg.url)
      .then((r) => {
        if (!r.ok) throw new Error(`region boundaries: HTTP ${r.status}`);
        return r.json() as Promise<FeatureCollection<Geometry, RegionProperties>>;
      })
      .then((fc) => {
        units = unitsFrom(fc);
        // Warm the clipping code on a small case, so the first real figure does not pay for it.
        const u = units.get('UA-09') ?? units.values().next().value;
        if (u) {
          const [w, s, e, n] = u.bbox;
          const cx = (w + e) / 2;
          unitFigure(
            u,
            assessedArea([
              {
                type: 'Polygon',
                coordinates: [
                  [
                    [w, s],
                    [cx, s],
                    [cx, n],
                    [w, n],
                    [w, s],
                  ],
                ],
              },
            ]),
          );
        }
        run();
        return units;
      });
    regions.catch((e: unknown) => {
      regions = null;
      for (const job of jobs.splice(0))
        post({ type: 'figure', id: job.msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
    });
    return;
  }
  if (msg.type === 'series') {
    forget(msg.key);
    series.set(msg.key, new Map(msg.snapshots.map((s) => [s.date, s])));
    return;
  }
  if (msg.type === 'drop') {
    forget(msg.key);
    return;
  }
  if (msg.type === 'bump') {
    const at = jobs.findIndex((j) => j.msg.id === msg.id);
    if (at >= 0 && at < jobs.length - 1) jobs.push(...jobs.splice(at, 1));
    return;
  }
  jobs.push({ msg, started: performance.now() });
  run();
};
