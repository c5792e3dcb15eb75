// Parse worker: reads, detects, parses and validates an imported file off the main thread, and keeps it on this device if asked.
import { keepLayer } from './keep.ts';
import { msg } from './message.ts';
import { parseFile } from './parseFile.ts';
import type { MapMovingMessage, ParseRequest, WorkerMessage } from './protocol.ts';
import { setMoving } from './pace.ts';
import { PROGRESS_MIN_BYTES, unexpectedFailure, type ImportPhase, type ImportResult } from './validate.ts';

// Typed loosely on purpose: the project's TS lib mixes DOM and WebWorker, and `self` is typed as Window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest | MapMovingMessage>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

const PHASES: ImportPhase[] = ['read', 'decode', 'parse', 'validate', 'rows'];

scope.onmessage = async (event) => {
  if (event.data && 'type' in event.data && event.data.type === 'map-moving') {
    setMoving(event.data.moving === true);
    return;
  }
  let result: ImportResult;
  const { file, name, maxBytes, keep } = (event.data ?? {}) as Partial<ParseRequest>;
  try {
    if (!(file instanceof Blob)) {
      result = { ok: false, error: msg('noData') };
    } else {
      const showProgress = file.size >= PROGRESS_MIN_BYTES;
      let last = -1;
      result = await parseFile(file, typeof name === 'string' ? name : '', {
        maxBytes,
        onProgress: showProgress
          ? (phase, fraction) => {
              // Coalesce: a message per percent is plenty, and each one costs the page a task.
              const key = Math.floor(fraction * 100) + 1000 * PHASES.indexOf(phase);
              if (key === last) return;
              last = key;
              scope.postMessage({ type: 'progress', phase, fraction });
            }
          : undefined,
      });
    }
  } catch (e) {
    // parseFile never throws by design; this is the last net should that ever change.
    result = { ok: false, error: unexpectedFailure(e) };
  }
  scope.postMessage({ type: 'result', result });
  // Kept after the page has the layer: storing a big layer takes a while and must not delay showing it.
  if (result.ok && keep) {
    const error = await keepLayer(keep, { data: result.data, stats: result.stats, notices: result.notices, table: result.table });
    scope.postMessage({ type: 'kept', error });
  }
};

scope.postMessage({ type: 'ready' });
