// Turns an imported feature's properties and file name into plain text for the UI: rows, safe links, a layer name.
import { TABLE_ROW_KEY } from './limits.ts';
import { rowProperties, type ImportTable } from './table.ts';
import type { ImportCollection } from './validate.ts';

/**
 * A feature's properties, whether the layer keeps them on the features or (a table) as packed rows.
 * `properties` may be what the map hands back for a clicked feature: for a table layer it holds the row number.
 */
export function featureProperties(
  layer: { data: ImportCollection; table?: ImportTable | null },
  properties: unknown,
): Record<string, unknown> {
  const props = (typeof properties === 'object' && properties !== null ? properties : {}) as Record<string, unknown>;
  const table = layer.table;
  const row = props[TABLE_ROW_KEY];
  if (!table || typeof row !== 'number') return props;
  return rowProperties(table, row);
}

/** Longest value shown in a popup row; the full value stays in the data. */
export const MAX_VALUE_CHARS = 500;
/** Longest property name shown. */
export const MAX_KEY_CHARS = 100;
/** Longest layer name derived from a file name. */
export const MAX_LAYER_NAME_CHARS = 60;
export const FALLBACK_LAYER_NAME = 'imported layer';

const MAX_URL_CHARS = 2048;

/**
 * The value as a link target, but only if it is one whole absolute http(s) URL.
 * Everything else — javascript:, data:, vbscript:, file:, relative paths, text that merely contains a
 * URL — gives null, so the UI renders it as text. The URL parser, not a regex, decides the scheme,
 * because browsers ignore tabs, newlines and leading spaces inside "java\tscript:".
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s.length === 0 || s.length > MAX_URL_CHARS) return null;
  // Whitespace or control characters inside mean it is text with a URL in it, not a URL.
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(s)) return null;
  if (!/^https?:\/\//i.test(s)) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return url.href;
}

export interface PropertyRow {
  /** Property name as plain text (render with textContent). */
  key: string;
  /** Value as plain text: strings as they are, numbers/booleans/null spelled out, objects and arrays as compact JSON. */
  value: string;
  /** Link target when the value is an http(s) URL; otherwise null and the value is shown as text. */
  href: string | null;
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  // Do not cut a surrogate pair in half: that would show a broken character before the ellipsis.
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

function valueText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null) return 'null';
  if (v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return '[value that cannot be shown]';
  }
}

/**
 * Properties as rows of plain text, in the file's order. Nothing is escaped: the UI must put these
 * strings into the page as text (textContent, Svelte's {text}), never as HTML. Long values are cut at
 * MAX_VALUE_CHARS with an ellipsis.
 */
export function propertyRows(props: unknown): PropertyRow[] {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) return [];
  const rows: PropertyRow[] = [];
  for (const key of Object.keys(props)) {
    const raw: unknown = (props as Record<string, unknown>)[key];
    rows.push({
      key: truncate(key, MAX_KEY_CHARS),
      value: truncate(valueText(raw), MAX_VALUE_CHARS),
      // From the whole value: a truncated URL would point somewhere else.
      href: safeHref(raw),
    });
  }
  return rows;
}

/**
 * "frontline-2025-07.geojson" → "frontline-2025-07". Keeps the name as text (no HTML meaning), drops any
 * folder part and the format's ending (.geojson, .json, .geo.json, .topojson, .kml, .kmz, .gpx, .csv, .tsv, .txt), tidies whitespace and control characters, and caps
 * the length. Falls back to "imported layer".
 */
export function layerNameFromFile(fileName: string): string {
  if (typeof fileName !== 'string') return FALLBACK_LAYER_NAME;
  let name = fileName.split(/[\\/]/).pop() ?? '';
  name = name.replace(/(\.geo)?\.(geojson|json|topojson)$|\.(kml|kmz|gpx|csv|tsv|txt)$/i, '');
  // eslint-disable-next-line no-control-regex
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  name = name.replace(/\s+/g, ' ').trim();
  if (name.length > MAX_LAYER_NAME_CHARS) name = `${truncate(name, MAX_LAYER_NAME_CHARS).slice(0, -1).trimEnd()}…`;
  return name || FALLBACK_LAYER_NAME;
}

/** `name`, or "name (2)", "name (3)"… so that two imports of the same file can be told apart in the layer panel. */
export function uniqueLayerName(name: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
