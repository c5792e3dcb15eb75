// Any supported file → a validated layer: detects the format by content (the name only breaks ties), then reads it.
//
// Used by the parse worker and, when no worker can start, on the page. Never throws.
import { sniffBinary } from './bytes.ts';
import { csvToLayer } from './csv.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';
import { msg, MessageError, type ImportMessage } from './message.ts';
import { readText } from './readText.ts';
import {
  type ImportResult,
  type ImportPhase,
  oversizeError,
  unexpectedFailure,
  validateGeoJsonObject,
  validateJsonText,
} from './validate.ts';
import { gpxToGeoJson, kmlFromKmz, kmlToGeoJson, readProlog, type Converted } from './xml.ts';

export type ImportFormat = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'csv' | 'tsv';

export type Detection = { format: ImportFormat } | { error: ImportMessage };

const HEAD_BYTES = 64 * 1024;

function extensionOf(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * What format `head` (the file's first bytes) is in. Content decides: a ZIP is a KMZ, "<kml" is KML,
 * "<gpx" is GPX, "{" or "[" is JSON (GeoJSON or TopoJSON), other text with delimiters is CSV/TSV.
 * The name only decides between JSON and CSV for text that is neither (so a broken .geojson gets the
 * JSON reader's message), and between CSV and TSV.
 */
export function detectFormat(head: Uint8Array, name: string): Detection {
  const ext = extensionOf(name);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return { format: 'kmz' };
  const binary = sniffBinary(head);
  if (binary) return { error: binary };
  // Lenient decode: only for looking; the real read is strict.
  const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const start = text.search(/\S/);
  if (start === -1) return { format: ext === 'csv' || ext === 'tsv' || ext === 'txt' ? 'csv' : 'geojson' };
  const first = text[start];
  if (first === '{' || first === '[') return { format: 'geojson' };
  if (first === '<') {
    const { root } = readProlog(text.slice(start));
    if (root === 'kml') return { format: 'kml' };
    if (root === 'gpx') return { format: 'gpx' };
    if (root === 'html' || /^<!doctype html/i.test(text.slice(start, start + 20))) {
      return { error: msg('webPage') };
    }
    if (root === null && (ext === 'kml' || ext === 'gpx')) return { format: ext };
    return {
      error: msg('xmlNotKml', {
        root: root ? msg('xmlWithRoot', { root: `<${root.slice(0, 40)}>` }) : '',
        hint: root === 'svg' ? msg('hintSvg') : '',
      }),
    };
  }
  if (ext === 'geojson' || ext === 'json' || ext === 'topojson') return { format: 'geojson' };
  if (ext === 'tsv' || ext === 'tab') return { format: 'tsv' };
  return { format: 'csv' };
}

export const FORMAT_LABEL: Record<ImportFormat, string> = {
  geojson: 'GeoJSON',
  kml: 'KML',
  kmz: 'KMZ',
  gpx: 'GPX',
  csv: 'CSV',
  tsv: 'TSV',
};

export interface ParseFileOptions {
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (phase: ImportPhase, fraction: number) => void;
}

function fromConverted(converted: Converted, size: number, label: string): ImportResult {
  const result = validateGeoJsonObject(converted.collection, size, { describeItem: converted.describeItem });
  if (!result.ok) return { ok: false, error: msg('inFormat', { label, what: result.error }) };
  result.notices.unshift(...converted.notices);
  result.stats.format = label;
  return result;
}

/** Reads, detects, parses and validates one file. Never throws. */
export async function parseFile(file: Blob, name: string, opts: ParseFileOptions = {}): Promise<ImportResult> {
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const size = file.size;
  try {
    if (size > maxBytes) return oversizeError(size, maxBytes);
    if (size === 0) return { ok: false, error: msg('empty') };
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const detected = detectFormat(head, name);
    if ('error' in detected) return { ok: false, error: detected.error };
    const format = detected.format;
    const label = FORMAT_LABEL[format];
    const read = { signal: opts.signal, onProgress: opts.onProgress ? (f: number) => opts.onProgress!('read', f) : undefined };

    if (format === 'csv' || format === 'tsv') {
      return await csvToLayer(file, size, {
        signal: opts.signal,
        delimiter: format === 'tsv' ? '\t' : undefined,
        label,
        onProgress: opts.onProgress ? (f) => opts.onProgress!('rows', f) : undefined,
      });
    }
    if (format === 'kmz') {
      const bytes = new Uint8Array(await file.arrayBuffer());
      opts.onProgress?.('read', 1);
      const inner = kmlFromKmz(bytes, maxBytes);
      opts.onProgress?.('decode', 1);
      const converted = kmlToGeoJson(inner.text, 'KMZ');
      converted.notices.unshift(...inner.notices);
      opts.onProgress?.('parse', 1);
      return fromConverted(converted, size, label);
    }
    const text = await readText(file, read);
    opts.onProgress?.('decode', 1);
    if (format === 'kml' || format === 'gpx') {
      const converted = format === 'kml' ? kmlToGeoJson(text) : gpxToGeoJson(text);
      opts.onProgress?.('parse', 1);
      return fromConverted(converted, size, label);
    }
    const result = validateJsonText(text, size, { onProgress: opts.onProgress, maxBytes });
    if (result.ok) result.stats.format = result.notices.some((n) => n.key === 'topoImported') ? 'TopoJSON' : 'GeoJSON';
    return result;
  } catch (e) {
    // Unreadable text and XML come with their message; anything else is the engine's limit or our fault.
    return { ok: false, error: e instanceof MessageError ? e.report : unexpectedFailure(e) };
  }
}
