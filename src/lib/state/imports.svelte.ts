// Layers the reader imported from their own files: kept apart from the shipped data, kept on this device until removed.
import { featureProperties, layerNameFromFile, uniqueLayerName } from '../import/display';
import { PROGRESS_MIN_BYTES } from '../import/limits';
import { CANCELLED_MESSAGE, type ImportMessage } from '../import/message';
import type { ImportCollection, ImportStats, ImportTable } from '../import/validate';

export interface ImportedLayer {
  /** Fixed, readable id: "import-1", "import-2"... used for the map source and layer ids. */
  id: string;
  name: string;
  data: ImportCollection;
  stats: ImportStats;
  /** What was worth telling about the file, as messages the panel words in the reader's language. */
  notices: ImportMessage[];
  /** Its key on this device (IndexedDB) while it is kept there; null when it lives for this session only. */
  keptKey: string | null;
  /** A table's cells (CSV/TSV), packed; its features then carry only their row number. */
  table: ImportTable | null;
  /** Other markings kept with the layer (keep.ts `extra`), e.g. its use as an assessment. */
  extra?: Record<string, unknown>;
}

/** A file that was refused, and why (worded by the panel in the reader's language, so it follows a switch). */
export interface ImportError {
  file: string;
  message: ImportMessage;
}

/** What an imported layer's file was worth telling about, as messages. */
export interface ImportNotice {
  layer: string;
  messages: ImportMessage[];
}

export interface ImportBusy {
  name: string;
  /** 0…1, or null for a file too small to show progress. */
  fraction: number | null;
}

/** localStorage flag: "1" when some layer may be kept, so a page with none never opens the database. */
const KEPT_FLAG = 'situation-viewer:kept-layers';

function setKeptFlag(on: boolean): void {
  try {
    localStorage.setItem(KEPT_FLAG, on ? '1' : '0');
  } catch {
    // Storage refused: the database is simply opened on every start.
  }
}

function keptFlag(): string | null {
  try {
    return localStorage.getItem(KEPT_FLAG);
  } catch {
    return null;
  }
}

export class ImportsState {
  /** The layers themselves are raw: features are never proxied, they go to the map as they are. */
  layers = $state.raw<ImportedLayer[]>([]);
  visible = $state<Record<string, boolean>>({});
  busy = $state<ImportBusy | null>(null);
  error = $state.raw<ImportError | null>(null);
  notice = $state.raw<ImportNotice | null>(null);
  /** Problems keeping layers on this device (storage full or refused); the layers still work. */
  storageNotice = $state.raw<ImportMessage | null>(null);
  /** True while layers kept on this device are being read back. */
  restoring = $state(false);
  /** Bumped when a new layer should be fitted into view. */
  fitRequest = $state.raw<ImportedLayer | null>(null);
  /** Set when the reader asks to see a layer whole ("Zoom to layer"); the map frames it and clears this. */
  zoomRequest = $state.raw<ImportedLayer | null>(null);
  /** Keep imported layers on this device (IndexedDB). */
  keep = true;
  private counter = 0;
  private restored = false;
  /** Layers still being written to this device, by key: changes to them wait for the write. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
  private pendingKeep = new Map<string, Promise<unknown>>();
  private abort: AbortController | null = null;

  constructor(options: { restore?: boolean } = {}) {
    const browser = typeof window !== 'undefined' && typeof indexedDB !== 'undefined';
    if (browser && options.restore !== false && keptFlag() !== '0') {
      // After the first view is drawn, not before: reading a big layer back must not slow the start.
      const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
        .requestIdleCallback;
      if (idle) idle(() => void this.restore(), { timeout: 2500 });
      else setTimeout(() => void this.restore(), 1000);
    }
  }

  add(
    name: string,
    data: ImportCollection,
    stats: ImportStats,
    notices: ImportMessage[],
    options: {
      keptKey?: string | null;
      visible?: boolean;
      fit?: boolean;
      table?: ImportTable | null;
      extra?: Record<string, unknown>;
    } = {},
  ): ImportedLayer {
    this.counter += 1;
    const layer: ImportedLayer = {
      id: `import-${this.counter}`,
      name,
      data,
      stats,
      notices,
      keptKey: options.keptKey ?? null,
      table: options.table ?? null,
      ...(options.extra ? { extra: options.extra } : {}),
    };
    this.layers = [...this.layers, layer];
    this.visible[layer.id] = options.visible ?? true;
    if (options.fit !== false) this.fitRequest = layer;
    return layer;
  }

  /** A feature's properties as the file had them (a table layer keeps them packed). */
  propertiesOf(layerName: string, properties: unknown): unknown {
    const layer = this.layers.find((l) => l.name === layerName);
    return layer ? featureProperties(layer, properties) : properties;
  }

  /** Imports one file: a new layer on success; on failure only a message, and nothing else changes. */
  async importFile(file: File): Promise<void> {
    this.error = null;
    this.notice = null;
    const name = uniqueLayerName(
      layerNameFromFile(file.name),
      this.layers.map((l) => l.name),
    );
    const showProgress = file.size >= PROGRESS_MIN_BYTES;
    this.busy = { name, fraction: showProgress ? 0 : null };
    const abort = new AbortController();
    this.abort = abort;
    // The import code loads on first use only.
    const [{ importFile }, keep] = await Promise.all([
      import('../import/client'),
      this.keep ? import('../import/keep') : Promise.resolve(null),
    ]);
    const keptKey = keep ? keep.newKeepKey() : null;
    const result = await importFile(
      file,
      (p) => {
        if (showProgress && this.abort === abort) this.busy = { name, fraction: p.overall };
      },
      { signal: abort.signal, keep: keep && keptKey ? { key: keptKey, name, savedAt: Date.now(), visible: true } : undefined },
    );
    if (this.abort === abort) this.abort = null;
    this.busy = null;
    if (!result.ok) {
      this.error = { file: file.name, message: result.error };
      return;
    }
    if (abort.signal.aborted) {
      // Cancelled after the worker finished: forget whatever it kept.
      if (keptKey) void result.kept?.then(() => keep?.forgetKeptLayer(keptKey));
      this.error = { file: file.name, message: CANCELLED_MESSAGE };
      return;
    }
    const layer = this.add(name, result.data, result.stats, result.notices, {
      keptKey: result.kept ? keptKey : null,
      table: result.table ?? null,
    });
    if (result.notices.length) this.notice = { layer: name, messages: result.notices };
    if (result.kept) {
      this.pendingKeep.set(keptKey!, result.kept);
      void result.kept.then((problem) => {
        this.pendingKeep.delete(keptKey!);
        if (problem) {
          this.storageNotice = problem;
          if (this.layers.includes(layer)) this.layers = this.layers.map((l) => (l === layer ? { ...l, keptKey: null } : l));
        } else if (!this.layers.some((l) => l.keptKey === keptKey)) {
          // Removed while it was being stored.
          void keep?.forgetKeptLayer(keptKey!);
        } else setKeptFlag(true);
      });
    }
  }

  /** Stops the import in progress; the layers already there stay as they are. */
  cancel(): void {
    this.abort?.abort();
  }

  /** Imports files one after another, so each gets its own message. */
  async importFiles(files: Iterable<File>): Promise<void> {
    for (const file of files) await this.importFile(file);
  }

  setVisible(id: string, on: boolean): void {
    this.visible[id] = on;
    const layer = this.layers.find((l) => l.id === id);
    const key = layer?.keptKey;
    if (!key) return;
    // Still being written: the write stores the layer as shown, so the change must come after it.
    void (this.pendingKeep.get(key) ?? Promise.resolve())
      .then(() => import('../import/keep'))
      .then((k) => k.updateKeptLayer(key, { visible: this.visible[id] !== false }));
  }

  remove(id: string): void {
    const layer = this.layers.find((l) => l.id === id);
    this.layers = this.layers.filter((l) => l.id !== id);
    delete this.visible[id];
    if (layer?.keptKey) void import('../import/keep').then((k) => k.forgetKeptLayer(layer.keptKey!));
  }

  /** Removes every imported layer from the map and from this device. */
  async removeAll(): Promise<void> {
    this.layers = [];
    this.visible = {};
    this.error = null;
    this.storageNotice = null;
    const keep = await import('../import/keep');
    await keep.forgetAllKeptLayers();
    setKeptFlag(false);
  }

  /** Brings back the layers kept on this device. */
  async restore(): Promise<void> {
    if (this.restoring || this.restored) return;
    this.restoring = true;
    this.restored = true;
    try {
      const keep = await import('../import/keep');
      const { layers, error } = await keep.loadKeptLayers();
      if (error) this.storageNotice = error;
      const taken = this.layers.map((l) => l.name);
      // A file imported before the restore ran is already here, and already kept: not twice.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a scratch set
      const here = new Set(this.layers.map((l) => l.keptKey));
      for (const kept of layers) {
        if (here.has(kept.key)) continue;
        const name = uniqueLayerName(kept.name, taken);
        taken.push(name);
        this.add(name, kept.data, kept.stats, kept.notices, {
          keptKey: kept.key,
          visible: kept.visible !== false,
          fit: false,
          table: kept.table ?? null,
          extra: kept.extra,
        });
      }
      if (!error) setKeptFlag(layers.length > 0 || this.layers.some((l) => l.keptKey));
    } finally {
      this.restoring = false;
    }
  }
}
