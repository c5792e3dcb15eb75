// KML, KMZ and GPX → GeoJSON: parsed with @xmldom/xmldom (a worker has no DOMParser), converted with @tmcw/togeojson, made plain text.
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kmlWithFolders } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import { htmlToText } from './htmlText.ts';
import { byteSize, msg, MessageError, type ImportMessage } from './message.ts';
import type { MessageKey } from './messageText.ts';

/** Why an XML or KMZ file cannot be read, as a message for the reader. */
export class XmlReadError extends MessageError {}

export interface XmlProlog {
  /** Local name of the root element ("kml", "gpx"), or null if none was found. */
  root: string | null;
  /** The DOCTYPE declaration, if any, including its internal subset. */
  doctype: string | null;
}

/**
 * Reads the XML prolog without a parser: skips the declaration, comments, processing instructions and
 * the DOCTYPE, and names the root element. Works on a file's first slice, for detection.
 */
export function readProlog(text: string): XmlProlog {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let doctype: string | null = null;
  const n = text.length;
  for (;;) {
    while (i < n && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return { root: null, doctype };
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return { root: null, doctype };
      i = end + 3;
    } else if (text.startsWith('<!DOCTYPE', i) || text.startsWith('<!doctype', i)) {
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      let end: number;
      if (bracket !== -1 && (close === -1 || bracket < close)) {
        const subsetEnd = text.indexOf(']', bracket);
        end = subsetEnd === -1 ? -1 : text.indexOf('>', subsetEnd);
      } else end = close;
      if (end === -1) return { root: null, doctype: text.slice(i) };
      doctype = text.slice(i, end + 1);
      i = end + 1;
    } else if (text[i] === '<') {
      const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(i, i + 200));
      return { root: m ? m[2]!.toLowerCase() : null, doctype };
    } else return { root: null, doctype };
  }
}

function parseXml(text: string, format: 'KML' | 'GPX'): Document {
  const prolog = readProlog(text);
  if (prolog.doctype && /<!ENTITY/i.test(prolog.doctype)) throw new XmlReadError(msg('xmlEntities', { format }));
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(text, 'text/xml') as unknown as Document;
  } catch (e) {
    const loc = (e as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const why = (e instanceof Error ? e.message.split('\n')[0]!.replace(/^\[xmldom \w+\]\s*/, '') : String(e)).slice(0, 200);
    throw new XmlReadError(
      loc?.lineNumber
        ? msg('xmlNotWellFormedAt', { format, line: String(loc.lineNumber), column: String(loc.columnNumber ?? 1), why })
        : msg('xmlNotWellFormed', { format, why }),
    );
  }
  const root = doc.documentElement;
  const name = root ? (root.localName ?? root.nodeName).toLowerCase() : null;
  if (name !== format.toLowerCase()) {
    const expected = `<${format.toLowerCase()}>`;
    throw new XmlReadError(
      name ? msg('xmlWrongRoot', { root: `<${name}>`, expected, format }) : msg('xmlNoRoot', { expected, format }),
    );
  }
  return doc;
}

// togeojson's style properties: drawing hints for Google Earth, noise in a properties table.
const STYLE_KEYS = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'fill',
  'fill-opacity',
  'icon',
  'icon-color',
  'icon-opacity',
  'icon-scale',
  'icon-heading',
  'icon-offset',
  'icon-offset-units',
  'label-color',
  'label-opacity',
  'label-scale',
  'visibility',
]);

type AnyFeature = { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> | null };

/** A description is HTML to Google Earth; here it becomes plain text, whatever it holds. */
function descriptionText(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'string')
    return htmlToText((v as { value: string }).value);
  if (typeof v === 'string') return htmlToText(v);
  return v;
}

function cleanKmlProperties(props: Record<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!props) return out;
  for (const key of Object.keys(props)) {
    if (STYLE_KEYS.has(key)) continue;
    out[key] = key === 'description' ? descriptionText(props[key]) : props[key];
  }
  return out;
}

export interface Converted {
  collection: { type: 'FeatureCollection'; features: AnyFeature[] };
  notices: ImportMessage[];
  describeItem: (index: number) => ImportMessage;
}

const quoteName = (v: unknown): string =>
  typeof v === 'string' && v.trim() ? ` (${JSON.stringify(v.trim().slice(0, 40))})` : '';

/** KML text → GeoJSON features: names, descriptions as text, ExtendedData as properties, folder path as "folder". */
export function kmlToGeoJson(text: string, format: 'KML' | 'KMZ' = 'KML'): Converted {
  const doc = parseXml(text, 'KML');
  const tree = kmlWithFolders(doc as never);
  const features: AnyFeature[] = [];
  let folders = 0;
  const walk = (node: { children?: unknown[] }, path: string[]) => {
    for (const child of node.children ?? []) {
      const c = child as {
        type?: string;
        meta?: Record<string, unknown>;
        children?: unknown[];
        geometry?: unknown;
        properties?: Record<string, unknown> | null;
      };
      if (c.type === 'folder') {
        folders++;
        const name = typeof c.meta?.name === 'string' && c.meta.name.trim() ? c.meta.name.trim() : '(unnamed folder)';
        walk(c, [...path, name]);
      } else if (c.type === 'Feature') {
        const props = cleanKmlProperties(c.properties ?? null);
        if (path.length)
          props[Object.prototype.hasOwnProperty.call(props, 'folder') ? 'kml_folder' : 'folder'] = path.join(' / ');
        features.push({ type: 'Feature', geometry: c.geometry, properties: props });
      }
    }
  };
  walk(tree as { children?: unknown[] }, []);
  const notices: ImportMessage[] = [];
  if (folders > 0) notices.push(msg('kmlFolders', { format, n: folders }));
  const links = doc.getElementsByTagName('NetworkLink').length;
  if (links > 0) notices.push(msg('kmlNetworkLinks', { format, n: links }));
  return {
    collection: { type: 'FeatureCollection', features },
    notices,
    describeItem: (i) => msg('placemarkAt', { n: String(i + 1), name: quoteName(features[i]?.properties?.name) }),
  };
}

const GPX_TYPES: Record<string, string> = { wpt: 'waypoint', rte: 'route', trk: 'track' };
type GpxKind = 'waypoint' | 'route' | 'track' | 'feature';
const gpxKind = (kind: unknown): GpxKind => (kind === 'waypoint' || kind === 'route' || kind === 'track' ? kind : 'feature');

/** GPX text → GeoJSON: waypoints as points, routes and tracks as lines, each with "gpx_type". */
export function gpxToGeoJson(text: string): Converted {
  const doc = parseXml(text, 'GPX');
  const fc = gpx(doc as never);
  const features: AnyFeature[] = [];
  const counts: Record<string, number> = {};
  for (const f of fc.features as unknown as AnyFeature[]) {
    const src = f.properties ?? {};
    const props: Record<string, unknown> = {};
    // Waypoints carry no type mark in togeojson's output; they are its only points.
    const kind =
      GPX_TYPES[String(src._gpxType)] ?? ((f.geometry as { type?: string } | null)?.type === 'Point' ? 'waypoint' : 'feature');
    counts[kind] = (counts[kind] ?? 0) + 1;
    props.gpx_type = kind;
    // Per-point times and heart rates are thousands of values, unreadable in a table: only when it started and ended.
    const times = (src.coordinateProperties as { times?: unknown } | undefined)?.times;
    const flat = (Array.isArray(times) ? times.flat(2) : []).filter((t): t is string => typeof t === 'string' && t !== '');
    if (flat.length) {
      props.start_time = flat[0];
      props.end_time = flat[flat.length - 1];
    }
    for (const key of Object.keys(src)) {
      if (key === '_gpxType' || key === 'coordinateProperties') continue;
      props[key] = key === 'desc' || key === 'cmt' ? descriptionText(src[key]) : src[key];
    }
    features.push({ type: 'Feature', geometry: f.geometry, properties: props });
  }
  const parts = Object.entries(counts).map(([k, n]) => msg(`gpxCount_${gpxKind(k)}` as MessageKey, { n }));
  return {
    collection: { type: 'FeatureCollection', features },
    notices: parts.length ? [msg('gpxSummary', { parts })] : [],
    describeItem: (i) => {
      const p = features[i]?.properties ?? {};
      return msg(`gpxItem_${gpxKind(p.gpx_type)}` as MessageKey, { n: String(i + 1), name: quoteName(p.name) });
    },
  };
}

/** A name that would write outside the folder if extracted (we never extract, but never pick such an entry either). */
export function isUnsafeZipPath(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').includes('..') ||
    name.includes('\u0000')
  );
}

/**
 * The KML inside a KMZ: doc.kml, else the first .kml at the top level, else the first anywhere.
 * Refuses entries that would expand past `maxBytes` (zip bombs) before inflating a byte, and
 * ignores entries whose names climb out of the archive.
 */
export function kmlFromKmz(bytes: Uint8Array, maxBytes: number): { text: string; entry: string; notices: ImportMessage[] } {
  const entries: { name: string; size: number; originalSize: number; compression: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression });
        return false;
      },
    });
  } catch (e) {
    throw new XmlReadError(msg('kmzUnreadable', { why: e instanceof Error ? e.message : String(e) }));
  }
  const notices: ImportMessage[] = [];
  const unsafe = entries.filter((e) => isUnsafeZipPath(e.name));
  if (unsafe.length) notices.push(msg('kmzUnsafe', { n: unsafe.length, example: JSON.stringify(unsafe[0]!.name.slice(0, 60)) }));
  const kmls = entries.filter((e) => !isUnsafeZipPath(e.name) && /\.kml$/i.test(e.name) && !e.name.endsWith('/'));
  const chosen = kmls.find((e) => e.name.toLowerCase() === 'doc.kml') ?? kmls.find((e) => !e.name.includes('/')) ?? kmls[0];
  if (!chosen) {
    const shown = entries.slice(0, 3).map((e) => JSON.stringify(e.name.slice(0, 40)));
    const names = entries.length > 3 ? msg('listAndMore', { list: shown, n: entries.length - 3 }) : shown;
    throw new XmlReadError(msg('kmzNoKml', { what: entries.length === 0 ? msg('kmzEmpty') : msg('kmzHolds', { names }) }));
  }
  const entry = JSON.stringify(chosen.name.slice(0, 60));
  if (chosen.originalSize > maxBytes) {
    throw new XmlReadError(msg('kmzTooBig', { name: entry, size: byteSize(chosen.originalSize), limit: byteSize(maxBytes) }));
  }
  if (chosen.compression !== 0 && chosen.compression !== 8) {
    throw new XmlReadError(msg('kmzMethod', { method: String(chosen.compression) }));
  }
  let out: Uint8Array | undefined;
  try {
    // The output buffer is sized by the declared size: an entry that lies about its size is cut there, never grows memory.
    out = unzipSync(bytes, { filter: (f) => f.name === chosen.name })[chosen.name];
  } catch (e) {
    throw new XmlReadError(msg('kmzUnpackFailed', { why: e instanceof Error ? e.message : String(e) }));
  }
  if (!out) throw new XmlReadError(msg('kmzUnpackFailedPlain'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    throw new XmlReadError(msg('kmzNotUtf8', { name: entry }));
  }
  if (kmls.length > 1) notices.push(msg('kmzSeveral', { n: kmls.length, name: entry }));
  return { text, entry: chosen.name, notices };
}
