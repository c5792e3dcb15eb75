// Parse worker: decodes, parses and validates an imported file off the main thread, so a big file never freezes the page.
import type { ParseRequest, WorkerMessage } from './protocol.ts';
import { PROGRESS_MIN_BYTES, validateGeoJsonBytes, type ImportResult } from './validate.ts';

// Typed loosely on purpose: the project's TS lib mixes DOM and WebWorker, and `self` is typed as Window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
  let result: ImportResult;
  try {
    const { buffer } = event.data ?? {};
    if (!(buffer instanceof ArrayBuffer)) {
      result = { ok: false, error: 'The file could not be read (no data reached the parser).' };
    } else {
      const bytes = new Uint8Array(buffer);
      const showProgress = bytes.byteLength >= PROGRESS_MIN_BYTES;
      let last = -1;
      result = validateGeoJsonBytes(bytes, {
        onProgress: showProgress
          ? (phase, fraction) => {
              // Coalesce: a message per percent is plenty, and each one costs the page a task.
              const key = Math.floor(fraction * 100) + 1000 * ['read', 'decode', 'parse', 'validate'].indexOf(phase);
              if (key === last) return;
              last = key;
              scope.postMessage({ type: 'progress', phase, fraction });
            }
          : undefined,
      });
    }
  } catch (e) {
    // validateGeoJsonBytes never throws by design; this is the last net should that ever change.
    result = { ok: false, error: `This file could not be read because of an unexpected error (${e instanceof Error ? e.message : String(e)}).` };
  }
  scope.postMessage({ type: 'result', result });
};

scope.postMessage({ type: 'ready' });
