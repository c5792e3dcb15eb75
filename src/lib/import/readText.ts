// Reads a file (Blob) as strict UTF-8 text in slices, so a big file is never held whole as bytes and as text at once.
import { decodeUtf8 } from './bytes.ts';
import { byteSize, msg, MessageError, type ImportMessage } from './message.ts';
import { paceAfter } from './pace.ts';

/** Slice read and decoded at a time: big enough to keep per-slice overhead negligible, small enough to stay out of the way. */
export const READ_SLICE_BYTES = 4 * 1024 * 1024;

/** Why the file's text could not be read, as a message for the reader. */
export class TextReadError extends MessageError {}

export interface ReadOptions {
  /** Called after each slice with the share of the file read so far. */
  onProgress?: (fraction: number) => void;
  /** Checked between slices. */
  signal?: AbortSignal;
  /** Gives up when the file is not readable as text after the first slice ("binary data" etc). */
  sliceBytes?: number;
}

async function sliceBytes(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

/**
 * The exact message for text that is not UTF-8. Only on that failure is the whole file read as bytes,
 * to find the offending byte and its line as the GeoJSON reader always has.
 */
async function explainBadText(blob: Blob): Promise<ImportMessage> {
  const all = await sliceBytes(blob, 0, blob.size);
  const d = decodeUtf8(all);
  return d.ok ? msg('notUtf8Plain') : d.error;
}

/**
 * Feeds the file's text to `onText` slice by slice (each a whole number of characters, in order);
 * rejects with a TextReadError carrying the user-facing message if the bytes are not UTF-8.
 * The leading byte-order mark, if any, is dropped.
 */
export async function streamText(
  blob: Blob,
  onText: (text: string, last: boolean) => void,
  opts: ReadOptions = {},
): Promise<void> {
  const step = opts.sliceBytes ?? READ_SLICE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const size = blob.size;
  if (size === 0) {
    onText('', true);
    return;
  }
  for (let start = 0; start < size; start += step) {
    if (opts.signal?.aborted) throw new TextReadError(msg('cancelled'));
    const sliceStart = performance.now();
    const end = Math.min(size, start + step);
    let bytes: Uint8Array;
    try {
      bytes = await sliceBytes(blob, start, end);
    } catch (e) {
      throw new TextReadError(msg('unreadable', { why: e instanceof Error ? e.message : String(e) }));
    }
    const last = end >= size;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      throw new TextReadError(await explainBadText(blob));
    }
    if (text.indexOf('\u0000') !== -1) {
      throw new TextReadError(msg('binaryZeroWithin', { size: byteSize(end) }));
    }
    onText(text, last);
    opts.onProgress?.(end / size);
    // Streamed formats (CSV) do their parsing in onText: with the slice's whole cost known, the read
    // steps back while the reader drags the map.
    if (!last) await paceAfter(performance.now() - sliceStart);
  }
}

/** The whole file as one string (for formats that must be parsed whole: JSON, XML). */
export async function readText(blob: Blob, opts: ReadOptions = {}): Promise<string> {
  const parts: string[] = [];
  await streamText(blob, (t) => parts.push(t), opts);
  // join builds one flat string; the slices are then garbage, so bytes and text never coexist whole.
  return parts.length === 1 ? parts[0]! : parts.join('');
}
