// The assessment worker: holds the region polygons and each series' assessed areas, and measures a place inside them, cached per place and date.
import { bbox } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import type { RegionProperties } from '../model/types';
import { assessedArea, ukraineFigure, unitFigure, unitsFrom, type Area, type Figure, type Unit } from './figures';
import type { AssessRequest, AssessResponse, Snapshot } from './protocol';

type BBox = [number, number, number, number];

let regions: Promise<Map<string, Unit>> | null = null;
const series = new Map<string, Map<string, Snapshot>>();
/** Merged assessed area per series and date, built on first use. */
const areas = new Map<string, { area: Area | null; box: BBox | undefined }>();
/** km² of a unit inside a series' area on a date: "series|date|unit". */
const inside = new Map<string, number>();

const post = (m: AssessResponse) => (self as unknown as Worker).postMessage(m);

function areaFor(key: string, date: string): { area: Area | null; box: BBox | undefined } {
  const k = `${key}|${date}`;
  let a = areas.get(k);
  if (!a) {
    const snap = series.get(key)?.get(date);
    if (!snap) throw new Error(`no assessment on ${date}`);
    const area = assessedArea(snap.geometries);
    a = { area, box: area ? (bbox(area) as BBox) : undefined };
    areas.set(k, a);
  }
  return a;
}

function unitInside(key: string, date: string, unit: Unit): number {
  const k = `${key}|${date}|${unit.id}`;
  let v = inside.get(k);
  if (v === undefined) {
    const { area, box } = areaFor(key, date);
    v = unitFigure(unit, area, box).insideKm2;
    inside.set(k, v);
  }
  return v;
}

function forget(key: string): void {
  series.delete(key);
  for (const m of [areas, inside]) for (const k of [...m.keys()]) if (k.startsWith(`${key}|`)) m.delete(k);
}

self.onmessage = async (event: MessageEvent<AssessRequest>) => {
  const msg = event.data;
  if (msg.type === 'regions') {
    regions ??= fetch(msg.url)
      .then((r) => {
        if (!r.ok) throw new Error(`region boundaries: HTTP ${r.status}`);
        return r.json() as Promise<FeatureCollection<Geometry, RegionProperties>>;
      })
      .then((fc) => unitsFrom(fc));
    regions.catch(() => (regions = null));
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
  const started = performance.now();
  try {
    if (!regions) throw new Error('region boundaries not loaded');
    const units = await regions;
    let figure: Figure;
    let names;
    if (msg.place === 'UA') {
      figure = ukraineFigure(units, (u) => unitInside(msg.key, msg.date, u));
      names = { nameEn: 'Ukraine', nameUk: 'Україна', type: 'country' };
    } else {
      const unit = units.get(msg.place);
      if (!unit) throw new Error(`no boundary for ${msg.place}`);
      const km2 = unitInside(msg.key, msg.date, unit);
      figure = { insideKm2: km2, placeKm2: unit.areaKm2, share: (km2 / unit.areaKm2) * 100 };
      names = { nameEn: unit.nameEn, nameUk: unit.nameUk, type: unit.type };
    }
    post({ type: 'figure', id: msg.id, ok: true, figure, names, ms: performance.now() - started });
  } catch (e) {
    post({ type: 'figure', id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
