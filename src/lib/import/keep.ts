// Imported layers kept on this device (IndexedDB) so they come back after a reload, until removed; nothing ever leaves the device.
//
// Two stores: "layers" holds the small record the panel needs (name, order, shown or hidden, any marking
// such as an assessment), "data" the features. Toggling a layer rewrites only the small record.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { msg, type ImportMessage } from './message.ts';
import { unpackFeatures } from './table.ts';
import type { ImportCollection, ImportStats, ImportTable } from './validate.ts';

const DB_NAME = 'situation-viewer-imports';
const DB_VERSION = 1;

export interface KeptLayerMeta {
  key: string;
  name: string;
  savedAt: number;
  visible: boolean;
  /** Anything else the viewer marks on a layer (e.g. its use as an assessment), kept as it is. */
  extra?: Record<string, unknown>;
}

export interface KeptLayerData {
  key: string;
  data: ImportCollection;
  stats: ImportStats;
  notices: ImportMessage[];
  table?: ImportTable;
}

export type KeptLayer = KeptLayerMeta & Omit<KeptLayerData, 'key'>;

interface KeepSchema extends DBSchema {
  layers: { key: string; value: KeptLayerMeta };
  data: { key: string; value: KeptLayerData };
}

let opening: Promise<IDBPDatabase<KeepSchema>> | null = null;

function db(): Promise<IDBPDatabase<KeepSchema>> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new DOMException('IndexedDB is not available here', 'NotSupportedError'));
  opening ??= openDB<KeepSchema>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('layers')) database.createObjectStore('layers', { keyPath: 'key' });
      if (!database.objectStoreNames.contains('data')) database.createObjectStore('data', { keyPath: 'key' });
    },
    blocking() {
      // Another tab wants a newer version: let it, and reopen next time.
      void opening?.then((d) => d.close());
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** A fresh key for a layer about to be kept. */
export function newKeepKey(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Math.random()}`.slice(2);
  return `layer-${Date.now().toString(36)}-${random}`;
}

/** Why a layer could not be kept, for the reader; the layer still works for this visit. */
export function keepFailureMessage(name: string, e: unknown): ImportMessage {
  const kind =
    e instanceof DOMException || (typeof e === 'object' && e !== null && 'name' in e)
      ? String((e as { name: unknown }).name)
      : '';
  const why =
    kind === 'QuotaExceededError'
      ? msg('storageFull')
      : kind === 'NotSupportedError' || kind === 'SecurityError' || kind === 'InvalidStateError'
        ? msg('storageNotAllowed')
        : msg('storageRefused', { detail: e instanceof Error && e.message ? ` (${e.message.slice(0, 120)})` : '' });
  return msg('keepFailed', { name, why });
}

/** Stores a layer; resolves with null when kept, or the message to show when not. Never rejects. */
export async function keepLayer(meta: KeptLayerMeta, content: Omit<KeptLayerData, 'key'>): Promise<ImportMessage | null> {
  try {
    const d = await db();
    const tx = d.transaction(['layers', 'data'], 'readwrite');
    // Data first, record second, one transaction: a half-written layer never shows up after a reload.
    await Promise.all([tx.objectStore('data').put({ key: meta.key, ...content }), tx.objectStore('layers').put(meta), tx.done]);
    return null;
  } catch (e) {
    return keepFailureMessage(meta.name, e);
  }
}

/** Updates a kept layer's small record (shown/hidden, marking); silently does nothing if it is not kept. */
export async function updateKeptLayer(key: string, patch: Partial<Omit<KeptLayerMeta, 'key'>>): Promise<void> {
  try {
    const d = await db();
    const tx = d.transaction('layers', 'readwrite');
    const current = await tx.store.get(key);
    if (current) await tx.store.put({ ...current, ...patch, key });
    await tx.done;
  } catch {
    // Not kept, or storage gone: the session's state is what counts.
  }
}

/** Every kept layer, oldest first. A record whose data is missing is dropped. Never rejects. */
export async function loadKeptLayers(): Promise<{ layers: KeptLayer[]; error: ImportMessage | null }> {
  try {
    const d = await db();
    const metas = await d.getAll('layers');
    if (metas.length === 0) return { layers: [], error: null };
    metas.sort((a, b) => a.savedAt - b.savedAt);
    const layers: KeptLayer[] = [];
    for (const meta of metas) {
      const content = await d.get('data', meta.key);
      if (!content || !content.data || !Array.isArray(content.data.features)) {
        await d.delete('layers', meta.key).catch(() => undefined);
        continue;
      }
      layers.push({
        ...meta,
        data: unpackFeatures(content.data, content.table),
        stats: content.stats,
        // Layers kept before messages were data have English sentences: shown as they are.
        notices: (content.notices ?? []).map((n: ImportMessage | string) =>
          typeof n === 'string' ? msg('keptText', { text: n }) : n,
        ),
        table: content.table,
      });
    }
    return { layers, error: null };
  } catch (e) {
    return { layers: [], error: msg('keptUnreadable', { why: e instanceof Error ? e.message : String(e) }) };
  }
}

/** Forgets one kept layer. Never rejects. */
export async function forgetKeptLayer(key: string): Promise<void> {
  try {
    const d = await db();
    const tx = d.transaction(['layers', 'data'], 'readwrite');
    await Promise.all([tx.objectStore('layers').delete(key), tx.objectStore('data').delete(key), tx.done]);
  } catch {
    // Nothing kept, or storage unavailable.
  }
}

/** Forgets every kept layer. Never rejects. */
export async function forgetAllKeptLayers(): Promise<void> {
  try {
    const d = await db();
    const tx = d.transaction(['layers', 'data'], 'readwrite');
    await Promise.all([tx.objectStore('layers').clear(), tx.objectStore('data').clear(), tx.done]);
  } catch {
    // Nothing kept, or storage unavailable.
  }
}
