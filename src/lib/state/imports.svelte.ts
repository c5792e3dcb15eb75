// Layers the reader imported from their own GeoJSON files: kept apart from the shipped data, removable one by one.
import { layerNameFromFile, uniqueLayerName } from '../import/display';
import { PROGRESS_MIN_BYTES } from '../import/limits';
import type { ImportCollection, ImportStats } from '../import/validate';

export interface ImportedLayer {
  /** Fixed, readable id: "import-1", "import-2"... used for the map source and layer ids. */
  id: string;
  name: string;
  data: ImportCollection;
  stats: ImportStats;
  notices: string[];
}

export class ImportsState {
  /** The layers themselves are raw: features are never proxied, they go to the map as they are. */
  layers = $state.raw<ImportedLayer[]>([]);
  visible = $state<Record<string, boolean>>({});
  busy = $state<{ name: string; fraction: number | null } | null>(null);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  /** Bumped when a new layer should be fitted into view. */
  fitRequest = $state.raw<ImportedLayer | null>(null);
  private counter = 0;

  add(name: string, data: ImportCollection, stats: ImportStats, notices: string[]): ImportedLayer {
    this.counter += 1;
    const layer: ImportedLayer = { id: `import-${this.counter}`, name, data, stats, notices };
    this.layers = [...this.layers, layer];
    this.visible[layer.id] = true;
    this.fitRequest = layer;
    return layer;
  }

  /** Imports one file: a new layer on success; on failure only a message, and nothing else changes. */
  async importFile(file: File): Promise<void> {
    this.error = null;
    this.notice = null;
    const name = uniqueLayerName(layerNameFromFile(file.name), this.layers.map((l) => l.name));
    const showProgress = file.size >= PROGRESS_MIN_BYTES;
    this.busy = { name, fraction: showProgress ? 0 : null };
    // The import code (and its validator, the fallback when no worker can start) loads on first use only.
    const { importGeoJsonFile } = await import('../import/client');
    const result = await importGeoJsonFile(file, (p) => {
      if (showProgress) this.busy = { name, fraction: p.overall };
    });
    this.busy = null;
    if (!result.ok) {
      this.error = `${file.name}: ${result.error}`;
      return;
    }
    this.add(name, result.data, result.stats, result.notices);
    if (result.notices.length) this.notice = `${name}: ${result.notices.join(' ')}`;
  }

  /** Imports files one after another, so each gets its own message. */
  async importFiles(files: Iterable<File>): Promise<void> {
    for (const file of files) await this.importFile(file);
  }

  remove(id: string): void {
    this.layers = this.layers.filter((l) => l.id !== id);
    delete this.visible[id];
  }
}
