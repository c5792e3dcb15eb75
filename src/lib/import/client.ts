// Imports a user's file (GeoJSON, TopoJSON, KML, KMZ, GPX, CSV, TSV): parsed and validated in a worker; always settles with a clean result.
import type { KeptLayerMeta } from './keep.ts';
import { CANCELLED_MESSAGE, msg, type ImportMessage } from './message.ts';
import { toProgress, type ImportProgress, type MapMovingMessage, type WorkerMessage } from './protocol.ts';
import { onMapMoving } from './mapMotion.ts';
import { MAX_IMPORT_BYTES, PROGRESS_MIN_BYTES } from './limits.ts';
import { unpackFeatures } from './table.ts';
import type { ImportResult } from './validate.ts';

export interface ImportOptions {
  /** Cancels the import; the promise then settles with { ok: false, error: CANCELLED_MESSAGE }. */
  signal?: AbortSignal;
  /** Gives up after this long (default 120 s): a worker that neither answers nor fails must not hang the UI. */
  timeoutMs?: number;
  /** Size limit in bytes (default MAX_IMPORT_BYTES). */
  maxBytes?: number;
  /** Keep the layer on this device under this record once it is read. */
  keep?: KeptLayerMeta;
}

/** The import's result, and, when it was to be kept, whether that worked (null) or why not. */
export type ImportOutcome = ImportResult & { kept?: Promise<ImportMessage | null> };

const DEFAULT_TIMEOUT_MS = 120_000;

const fail = (error: ImportMessage): ImportResult => ({ ok: false, error });
/** " (the engine's words)", or nothing: a detail in the engine's own language, not translated. */
const detail = (text: string | undefined): string => (text ? ` (${text})` : '');

function startWorker(): Worker | null {
  try {
    // Written out literally so Vite finds it, bundles the worker and its imports, and emits it as its own file.
    return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'file-import' });
  } catch {
    return null;
  }
}

/** Parsing on the page itself, for when no worker can start (old browser, a CSP without worker-src). */
async function parseHere(
  file: Blob & { name?: string },
  options: ImportOptions,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  // Let the page paint its "importing…" state before the work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { parseFile } = await import('./parseFile.ts');
  const result: ImportOutcome = await parseFile(file, file.name ?? '', {
    maxBytes: options.maxBytes,
    signal: options.signal,
    onProgress: onProgress ? (phase, fraction) => onProgress(toProgress(phase, fraction)) : undefined,
  });
  if (options.signal?.aborted) return fail(CANCELLED_MESSAGE);
  if (result.ok && options.keep) {
    const { keepLayer } = await import('./keep.ts');
    result.kept = keepLayer(options.keep, {
      data: result.data,
      stats: result.stats,
      notices: result.notices,
      table: result.table,
    });
  }
  // A new collection: the packed one just handed to storage stays as it is.
  if (result.ok) result.data = unpackFeatures(result.data, result.table);
  return result;
}

/**
 * Reads `file`, parses and validates it off the main thread and resolves with the result; never rejects.
 * Files over the size limit are refused before a byte is read. `onProgress` is called only for files
 * of PROGRESS_MIN_BYTES or more.
 */
export async function importFile(
  file: Blob & { name?: string },
  onProgress?: (p: ImportProgress) => void,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size > maxBytes) {
    const { oversizeError } = await import('./validate.ts');
    return oversizeError(file.size, maxBytes);
  }
  if (file.size === 0) return fail(msg('empty'));
  if (options.signal?.aborted) return fail(CANCELLED_MESSAGE);
  const big = file.size >= PROGRESS_MIN_BYTES;
  const report = big && onProgress ? onProgress : undefined;

  try {
    const worker = typeof Worker === 'function' ? startWorker() : null;
    if (!worker) return await parseHere(file, options, report);

    return await new Promise<ImportOutcome>((resolve) => {
      let ready = false;
      let settled = false;
      let keptResolve: ((error: ImportMessage | null) => void) | null = null;

      // The worker hears when the reader moves the map, and reads more slowly meanwhile (pace.ts).
      let stopListening = () => {};
      const cleanup = () => {
        clearTimeout(timer);
        stopListening();
        options.signal?.removeEventListener('abort', onAbort);
      };
      const finish = (result: ImportResult) => {
        if (settled) return;
        settled = true;
        cleanup();
        if (result.ok) result.data = unpackFeatures(result.data, result.table);
        if (result.ok && options.keep) {
          // The worker stays until the layer is stored, then goes; the page does not wait for it.
          const kept = new Promise<ImportMessage | null>((r) => (keptResolve = r));
          resolve({ ...result, kept });
          return;
        }
        worker.terminate();
        resolve(result);
      };
      const onAbort = () => finish(fail(CANCELLED_MESSAGE));
      options.signal?.addEventListener('abort', onAbort);
      const timer = setTimeout(
        () => finish(fail(msg('timedOut', { seconds: Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000) }))),
        options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      );

      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const reply = event.data;
        if (reply?.type === 'ready') {
          ready = true;
          report?.(toProgress('read', 0));
          // The file itself, not its bytes: the worker reads it in slices, so it is never held whole twice.
          worker.postMessage({ name: file.name ?? '', file, maxBytes, keep: options.keep });
          stopListening = onMapMoving((moving) => worker.postMessage({ type: 'map-moving', moving } satisfies MapMovingMessage));
        } else if (reply?.type === 'progress') {
          if (!settled) report?.(toProgress(reply.phase, reply.fraction));
        } else if (reply?.type === 'result') {
          finish(reply.result && typeof reply.result.ok === 'boolean' ? reply.result : fail(msg('noAnswer')));
        } else if (reply?.type === 'kept') {
          keptResolve?.(reply.error && typeof reply.error.key === 'string' ? reply.error : null);
          worker.terminate();
        }
      };
      worker.onmessageerror = () => finish(fail(msg('resultLost')));
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        if (settled) {
          keptResolve?.(msg('keepWorkerStopped', { detail: detail(event.message) }));
          worker.terminate();
          return;
        }
        if (!ready) {
          // The worker never started (blocked or missing script): do the work here instead.
          settled = true;
          cleanup();
          worker.terminate();
          parseHere(file, options, report).then(resolve, (e: unknown) =>
            resolve(fail(msg('unreadableShort', { why: e instanceof Error ? e.message : String(e) }))),
          );
          return;
        }
        // After it started, a crash is the file's doing (e.g. memory); say so, and never retry on the page.
        finish(fail(msg('parserCrashed', { detail: detail(event.message) })));
      };
    });
  } catch (e) {
    return fail(msg('importFailed', { why: e instanceof Error ? e.message : String(e) }));
  }
}

/** The GeoJSON-era name, kept for callers and tests that use it. */
export const importGeoJsonFile = importFile;
