// Imports a user's GeoJSON file: reads it, validates it in a worker, and always settles with a clean result.
import { toProgress, type ImportProgress, type WorkerMessage } from './protocol.ts';
import { MAX_IMPORT_BYTES, PROGRESS_MIN_BYTES, oversizeError, validateGeoJsonBytes, type ImportResult } from './validate.ts';

export interface ImportOptions {
  /** Cancels the import; the promise then settles with { ok: false, error: 'The import was cancelled.' }. */
  signal?: AbortSignal;
  /** Gives up after this long (default 120 s): a worker that neither answers nor fails must not hang the UI. */
  timeoutMs?: number;
  /** Size limit in bytes (default MAX_IMPORT_BYTES). */
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

const fail = (error: string): ImportResult => ({ ok: false, error });

function startWorker(): Worker | null {
  try {
    // Written out literally so Vite finds it, bundles the worker and its imports, and emits it as its own file.
    return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'geojson-import' });
  } catch {
    return null;
  }
}

/** Validation on the page itself, for when no worker can start (old browser, a CSP without worker-src). */
async function validateHere(file: Blob, maxBytes: number, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const buffer = await file.arrayBuffer();
  // Let the page paint its "importing…" state before the synchronous work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return validateGeoJsonBytes(new Uint8Array(buffer), {
    maxBytes,
    onProgress: onProgress && file.size >= PROGRESS_MIN_BYTES ? (phase, fraction) => onProgress(toProgress(phase, fraction)) : undefined,
  });
}

/**
 * Reads `file`, validates it off the main thread and resolves with the result; never rejects.
 * Files over the size limit are refused before a byte is read. `onProgress` is called only for files
 * of PROGRESS_MIN_BYTES or more.
 */
export async function importGeoJsonFile(file: Blob & { name?: string }, onProgress?: (p: ImportProgress) => void, options: ImportOptions = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size > maxBytes) return oversizeError(file.size, maxBytes);
  if (file.size === 0) return fail('The file is empty (0 bytes); there is nothing to import.');
  if (options.signal?.aborted) return fail('The import was cancelled.');
  const big = file.size >= PROGRESS_MIN_BYTES;
  const report = big && onProgress ? onProgress : undefined;

  try {
    const worker = typeof Worker === 'function' ? startWorker() : null;
    if (!worker) return await validateHere(file, maxBytes, report);

    return await new Promise<ImportResult>((resolve) => {
      let ready = false;
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const finish = (result: ImportResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        worker.terminate();
        resolve(result);
      };
      const onAbort = () => finish(fail('The import was cancelled.'));
      options.signal?.addEventListener('abort', onAbort);
      timer = setTimeout(
        () => finish(fail(`The file took longer than ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s to process and the import was stopped.`)),
        options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      );

      worker.onmessage = async (event: MessageEvent<WorkerMessage>) => {
        const msg = event.data;
        if (msg?.type === 'ready') {
          ready = true;
          report?.(toProgress('read', 0));
          let buffer: ArrayBuffer;
          try {
            buffer = await file.arrayBuffer();
          } catch (e) {
            finish(fail(`The file could not be read (${e instanceof Error ? e.message : String(e)}). It may have been moved, or the browser may not be allowed to read it.`));
            return;
          }
          if (settled) return;
          report?.(toProgress('read', 1));
          // Transferred, not copied: the page gives up its copy of the bytes, which also halves peak memory.
          worker.postMessage({ name: file.name ?? '', buffer }, [buffer]);
        } else if (msg?.type === 'progress') {
          report?.(toProgress(msg.phase, msg.fraction));
        } else if (msg?.type === 'result') {
          finish(msg.result && typeof msg.result.ok === 'boolean' ? msg.result : fail('The file could not be processed: the parser gave no usable answer.'));
        }
      };
      worker.onmessageerror = () => finish(fail('The file was processed, but its result could not be passed back to the page.'));
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        if (!ready) {
          // The worker never started (blocked or missing script): do the work here instead.
          settled = true;
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          worker.terminate();
          validateHere(file, maxBytes, report).then(resolve, (e: unknown) => resolve(fail(`The file could not be read (${e instanceof Error ? e.message : String(e)}).`)));
          return;
        }
        // After it started, a crash is the file's doing (e.g. memory); say so, and never retry on the page.
        finish(fail(`The file could not be processed: the background parser stopped unexpectedly${event.message ? ` (${event.message})` : ''}. The file may be too large or too complex.`));
      };
    });
  } catch (e) {
    return fail(`The file could not be imported (${e instanceof Error ? e.message : String(e)}).`);
  }
}
