// What of the reader's imported layers lies under a click or a tap: a cluster to open, or the features to show.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { ImportedLayer } from '../state/imports.svelte';
import { importedQueryLayers } from './importedSync';

/** One imported feature under the pointer, as the map hands it back. */
export interface ImportedHit {
  layerId: string;
  /** The feature's number in its layer (0-based; the importer gives every feature one). */
  featureId: number;
  properties: Record<string, unknown>;
}

export type ImportedClick =
  { kind: 'none' } | { kind: 'cluster'; sourceId: string; clusterId: number } | { kind: 'features'; hits: ImportedHit[] };

/**
 * How far from the pointer a feature still counts as hit, in CSS pixels. A mouse points precisely; a
 * fingertip covers a dozen pixels, and a feature drawn under it is what the reader meant.
 */
export const HIT_REACH = { mouse: 4, touch: 12 } as const;

/** The reach for the event that made the click: a touch (or pen) tap reaches further than a mouse. */
export function hitReach(event: Event | undefined): number {
  const type = event && 'pointerType' in event ? (event as PointerEvent).pointerType : '';
  const coarse = type ? type !== 'mouse' : window.matchMedia('(pointer: coarse)').matches;
  return coarse ? HIT_REACH.touch : HIT_REACH.mouse;
}

/**
 * The imported features within `reach` pixels of `point`, each once (a polygon is drawn by a fill and a
 * line, and a feature crossing tiles comes back once per tile), in layer order and then file order so the
 * reader's list does not reshuffle from one click to the next. A cluster on top is opened instead.
 */
export function importedAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  reach: number,
  layers: ImportedLayer[],
  visible: Record<string, boolean>,
): ImportedClick {
  // A layer just imported reaches the map a moment after the state (MapSync): asking for a layer the
  // style does not have yet would be an error event, not an empty answer.
  const queried = importedQueryLayers(layers, visible).filter((id) => map.getLayer(id));
  if (queried.length === 0) return { kind: 'none' };
  const box: [PointLike, PointLike] = [
    [point.x - reach, point.y - reach],
    [point.x + reach, point.y + reach],
  ];
  const found = map.queryRenderedFeatures(box, { layers: queried });
  const top = found[0];
  if (!top) return { kind: 'none' };
  if (top.properties.cluster) return { kind: 'cluster', sourceId: top.source, clusterId: Number(top.properties.cluster_id) };
  const order = new Map(layers.map((l, i) => [l.id, i]));
  const seen = new Set<string>();
  const hits: ImportedHit[] = [];
  for (const f of found) {
    // Clusters further down are left for a click of their own: what is listed are features.
    if (f.properties.cluster || typeof f.id !== 'number') continue;
    const key = `${f.source}:${f.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push({ layerId: f.source, featureId: f.id, properties: f.properties });
  }
  hits.sort((a, b) => (order.get(a.layerId) ?? 0) - (order.get(b.layerId) ?? 0) || a.featureId - b.featureId);
  return hits.length ? { kind: 'features', hits } : { kind: 'none' };
}
