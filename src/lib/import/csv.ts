// CSV and TSV → a layer, streamed: rows parsed slice by slice with papaparse, coordinates found by column name or a geometry column.
//
// Every row becomes a feature with all its cells as text properties (a formula such as "=cmd|…" stays
// text). Rows without usable coordinates are kept without geometry, counted and reported, so the
// layer's table lists them while the map leaves them out.
import Papa from 'papaparse';
import type { Geometry } from 'geojson';
import { streamText, type ReadOptions } from './readText.ts';
import { parseWkt, looksLikeWkt } from './wkt.ts';
import { findExcessiveNesting } from './jsonSyntax.ts';
import { TABLE_ROW_KEY } from './limits.ts';
import { packPoints, packRows } from './table.ts';
import { byteSize, msg, MessageError, type ImportMessage, type MessageValue } from './message.ts';
import {
  checkGeometryValue,
  unexpectedFailure,
  withoutPlace,
  RENAMED_KEY_SUFFIX,
  type GeometryType,
  type ImportCollection,
  type ImportFeature,
  type ImportResult,
} from './validate.ts';

/** Column names (lower case, without spaces, dots, dashes or underscores) that hold latitude / longitude, best first. */
const LAT_NAMES = [
  'latitude',
  'lat',
  'y',
  'широта',
  'decimallatitude',
  'latdd',
  'latdeg',
  'ycoord',
  'ycoordinate',
  'geolat',
  'pointy',
  'latwgs84',
];
const LON_NAMES = [
  'longitude',
  'lon',
  'lng',
  'long',
  'x',
  'довгота',
  'долгота',
  'decimallongitude',
  'londd',
  'londeg',
  'lngdd',
  'xcoord',
  'xcoordinate',
  'geolon',
  'geolng',
  'pointx',
  'lonwgs84',
];
/** Names of a column holding a whole geometry, as WKT or GeoJSON. */
const GEOMETRY_NAMES = ['wkt', 'geometry', 'geom', 'thegeom', 'wktgeom', 'shape', 'geojson', 'geometrywkt', 'footprint'];

const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Longest cell a geometry is read from (a GeoJSON or WKT polygon can be long; a megabyte is plenty). */
const MAX_GEOMETRY_CELL = 1024 * 1024;
/** How many problem rows are described by number in a notice. */
const EXAMPLES = 3;

export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, '') // "Latitude (WGS84)", "lat [deg]"
    .replace(/[\s_.\-°]+/g, '');
}

function findColumn(names: readonly string[], wanted: readonly string[]): number {
  const normalized = names.map(normalizeColumnName);
  for (const w of wanted) {
    const at = normalized.indexOf(w);
    if (at !== -1) return at;
  }
  return -1;
}

/** Safe, unique, non-empty property names for the header cells, in order. */
export function propertyNames(header: readonly string[]): { names: string[]; renamed: string[] } {
  const names: string[] = [];
  const renamed: string[] = [];
  const taken = new Set<string>();
  header.forEach((raw, i) => {
    let name = raw.replace(/^\ufeff/, '').trim() || `column ${i + 1}`;
    if (DANGEROUS_KEYS.has(name) || name === TABLE_ROW_KEY) {
      renamed.push(name);
      name += RENAMED_KEY_SUFFIX;
    }
    const base = name;
    for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
    taken.add(name);
    names.push(name);
  });
  return { names, renamed };
}

/**
 * A coordinate cell as a number: "48.5", "48,5" (decimal comma), "+48.5", "48.5°", "48.5 N", "37.9W".
 * Null when empty; NaN when there is text that is not a number.
 */
export function parseCoordinate(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  let s = raw.trim();
  if (s === '') return null;
  let sign = 1;
  const last = s[s.length - 1]!;
  if (/[NSEWnsew]/.test(last)) {
    if (last === 'S' || last === 's' || last === 'W' || last === 'w') sign = -1;
    s = s.slice(0, -1).trim();
  }
  if (s.endsWith('°')) s = s.slice(0, -1).trim();
  // One comma and no dot: a decimal comma. Thousands separators never occur in degrees.
  if (s.indexOf(',') !== -1 && s.indexOf('.') === -1 && s.indexOf(',') === s.lastIndexOf(',')) s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return NaN;
  const v = Number(s) * sign;
  return Number.isFinite(v) ? v : NaN;
}

export interface CsvOptions extends ReadOptions {
  /** Force a delimiter (a .tsv file: tab); otherwise guessed from the first rows. */
  delimiter?: string;
  /** What the file is called in messages: "CSV" or "TSV". */
  label?: string;
}

interface Plan {
  names: string[];
  lat: number;
  lon: number;
  geometry: number;
  geometryKind: 'wkt' | 'geojson' | 'either';
}

function tooShort(s: string): string {
  return s.length > 30 ? `${JSON.stringify(s.slice(0, 29))}…` : JSON.stringify(s);
}

/** Reads `blob` as CSV/TSV and builds the layer. Never throws: failures come back as { ok: false }. */
export async function csvToLayer(blob: Blob, size: number, opts: CsvOptions = {}): Promise<ImportResult> {
  const label = opts.label ?? 'CSV';
  let delimiter = opts.delimiter;
  let parser: Papa.Parser | null = null;
  let partial = '';
  let header: string[] | null = null;
  let plan: Plan | null = null;
  let renamed: string[] = [];
  const features: ImportFeature[] = [];
  const byGeometry: Partial<Record<GeometryType, number>> = {};
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  let noCoordinates = 0;
  const badRows: ImportMessage[] = [];
  let badCount = 0;
  let longRows = 0;
  let quoteProblems = 0;
  let failure: ImportMessage | null = null;
  const sampleRows: string[][] = [];

  const extend = (b: [number, number, number, number] | null) => {
    if (!b) return;
    if (b[0] < west) west = b[0];
    if (b[1] < south) south = b[1];
    if (b[2] > east) east = b[2];
    if (b[3] > north) north = b[3];
  };

  const makePlan = (cells: string[], firstRows: string[][]): Plan | ImportMessage => {
    const { names, renamed: r } = propertyNames(cells);
    renamed = r;
    const lat = findColumn(cells, LAT_NAMES);
    const lon = findColumn(cells, LON_NAMES);
    let geometry = findColumn(cells, GEOMETRY_NAMES);
    let geometryKind: Plan['geometryKind'] = 'either';
    if (geometry === -1) {
      // A column without a telling name whose cells are WKT or GeoJSON geometries.
      for (let c = 0; c < cells.length && geometry === -1; c++) {
        const values = firstRows.map((row) => (row[c] ?? '').trim()).filter(Boolean);
        if (values.length === 0) continue;
        if (values.every(looksLikeWkt)) [geometry, geometryKind] = [c, 'wkt'];
        else if (values.every((v) => /^\{\s*"type"\s*:/.test(v))) [geometry, geometryKind] = [c, 'geojson'];
      }
    }
    if ((lat === -1 || lon === -1) && geometry === -1) {
      const shown = names.slice(0, 12).map((n) => tooShort(n));
      const columns = names.length > 12 ? msg('listAndMore', { list: shown, n: names.length - 12 }) : shown;
      const half: MessageValue =
        lat !== -1
          ? msg('csvOnlyLatitude', { name: tooShort(names[lat]!) })
          : lon !== -1
            ? msg('csvOnlyLongitude', { name: tooShort(names[lon]!) })
            : '';
      return msg('csvNoCoordinateColumns', { label, half, columns });
    }
    return { names, lat: lat !== -1 && lon !== -1 ? lat : -1, lon: lat !== -1 && lon !== -1 ? lon : -1, geometry, geometryKind };
  };

  const noteBad = (row: number, why: ImportMessage) => {
    badCount++;
    if (badRows.length < EXAMPLES) badRows.push(msg('csvRowExample', { row, why }));
  };

  /** The geometry of one row, or null (counted as without coordinates or unusable). */
  const geometryOf = (cells: string[], row: number, p: Plan): Geometry | null => {
    if (p.lat !== -1) {
      const latRaw = cells[p.lat];
      const lonRaw = cells[p.lon];
      const lat = parseCoordinate(latRaw);
      const lon = parseCoordinate(lonRaw);
      if (lat !== null && lon !== null) {
        if (Number.isNaN(lat)) noteBad(row, msg('csvLatitudeNotNumber', { value: tooShort(latRaw!.trim()) }));
        else if (Number.isNaN(lon)) noteBad(row, msg('csvLongitudeNotNumber', { value: tooShort(lonRaw!.trim()) }));
        else if (lat < -90 || lat > 90)
          noteBad(row, msg('csvLatitudeOutside', { lat: String(lat), hint: Math.abs(lon) <= 90 ? msg('csvHintSwapped') : '' }));
        else if (lon < -180 || lon > 180) noteBad(row, msg('csvLongitudeOutside', { lon: String(lon) }));
        else {
          if (lon < west) west = lon;
          if (lon > east) east = lon;
          if (lat < south) south = lat;
          if (lat > north) north = lat;
          byGeometry.Point = (byGeometry.Point ?? 0) + 1;
          return { type: 'Point', coordinates: [lon, lat] };
        }
        return null;
      }
      if ((lat === null) !== (lon === null) && p.geometry === -1) {
        noteBad(row, msg(lat === null ? 'csvLongitudeOnly' : 'csvLatitudeOnly'));
        return null;
      }
    }
    if (p.geometry !== -1) {
      const raw = (cells[p.geometry] ?? '').trim();
      if (raw === '') {
        noCoordinates++;
        return null;
      }
      if (raw.length > MAX_GEOMETRY_CELL) {
        noteBad(row, msg('csvCellTooLong', { size: byteSize(MAX_GEOMETRY_CELL) }));
        return null;
      }
      let value: unknown;
      if (raw[0] === '{' && p.geometryKind !== 'wkt') {
        if (findExcessiveNesting(raw, 16)) {
          noteBad(row, msg('csvGeoJsonTooDeep'));
          return null;
        }
        try {
          value = JSON.parse(raw);
        } catch {
          noteBad(row, msg('csvCellNotJson'));
          return null;
        }
        if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Feature')
          value = (value as { geometry?: unknown }).geometry;
      } else {
        const w = parseWkt(raw);
        if (!w.ok) {
          noteBad(row, w.error);
          return null;
        }
        value = w.geometry;
      }
      if (value === null) {
        noCoordinates++;
        return null;
      }
      const label = msg('csvRowLabel', { row });
      const checked = checkGeometryValue(value, label);
      if (!checked.ok) {
        // The example already names the row.
        noteBad(row, withoutPlace(checked.error, label));
        return null;
      }
      if (!checked.geometry) {
        noCoordinates++;
        return null;
      }
      extend(checked.bbox);
      byGeometry[checked.geometry.type] = (byGeometry[checked.geometry.type] ?? 0) + 1;
      return checked.geometry;
    }
    noCoordinates++;
    return null;
  };

  const rows: string[] = [];
  const addRow = (cells: string[], p: Plan) => {
    const index = features.length;
    const n = p.names.length;
    if (cells.length > n) {
      longRows++;
      cells = cells.slice(0, n);
    }
    while (cells.length < n) cells.push('');
    rows.push(JSON.stringify(cells));
    features.push({
      type: 'Feature',
      id: index,
      geometry: geometryOf(cells, index + 1, p),
      properties: { [TABLE_ROW_KEY]: index },
    });
  };

  const takeRows = (rows: string[][]) => {
    for (const cells of rows) {
      if (failure) return;
      // Blank lines (and a trailing newline) are not rows.
      if (cells.length === 1 && cells[0]!.trim() === '') continue;
      if (!header) {
        header = cells;
        continue;
      }
      if (!plan) {
        // The plan needs a few rows to recognise a geometry column by its content.
        sampleRows.push(cells);
        if (sampleRows.length < 20) continue;
        startPlan();
        continue;
      }
      addRow(cells, plan);
    }
  };

  const startPlan = () => {
    if (plan || failure || !header) return;
    const made = makePlan(header, sampleRows);
    if (!('names' in made)) {
      failure = made;
      return;
    }
    plan = made;
    for (const cells of sampleRows) addRow(cells, plan);
    sampleRows.length = 0;
  };

  const onText = (text: string, last: boolean) => {
    if (failure) return;
    if (!parser) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      // Guess the delimiter and line ending from the first slice, as papaparse would for the whole text.
      const sample = text.slice(0, 64 * 1024);
      const guess = Papa.parse<string[]>(sample, {
        preview: 30,
        delimitersToGuess: [',', '\t', ';', '|'],
        delimiter: delimiter ?? '',
      });
      delimiter = delimiter ?? guess.meta.delimiter ?? ',';
      parser = new Papa.Parser({
        delimiter,
        newline: (guess.meta.linebreak as '\n' | '\r' | '\r\n' | undefined) ?? '\n',
        quoteChar: '"',
      });
    }
    const input = partial + text;
    const result = parser.parse(input, 0, !last) as {
      data: string[][];
      errors: { code: string; row?: number }[];
      meta: { cursor: number };
    };
    partial = last ? '' : input.slice(result.meta.cursor);
    for (const e of result.errors) {
      if (e.code === 'MissingQuotes') {
        const row = features.length + sampleRows.length + (e.row ?? 0) + (header ? 1 : 0);
        failure = msg('csvUnclosedQuote', { label, row });
      } else quoteProblems++;
    }
    takeRows(result.data);
    if (last) startPlan();
    // A single "row" of many megabytes means there is no line structure: not a table.
    if (!last && partial.length > 64 * 1024 * 1024) failure = msg('csvRowTooLong', { label });
  };

  try {
    await streamText(blob, onText, opts);
  } catch (e) {
    return { ok: false, error: e instanceof MessageError ? e.report : unexpectedFailure(e) };
  }
  if (failure) return { ok: false, error: failure };
  if (!header || !plan) return { ok: false, error: msg('csvNoRows', { label }) };
  const finalPlan: Plan = plan;

  const count = features.length;
  const notices: ImportMessage[] = [];
  const column = (i: number) => tooShort(finalPlan.names[i]!);
  const how =
    finalPlan.lat !== -1
      ? msg('csvFromColumns', {
          lat: column(finalPlan.lat),
          lon: column(finalPlan.lon),
          fallback: finalPlan.geometry !== -1 ? msg('csvFallbackColumn', { name: column(finalPlan.geometry) }) : '',
        })
      : msg('csvFromGeometryColumn', { name: column(finalPlan.geometry) });
  notices.push(msg('csvSummary', { label, count, how }));
  if (count === 0) notices.push(msg('csvHeaderOnly', { label }));
  if (noCoordinates > 0) notices.push(msg('csvNoCoordinates', { n: noCoordinates }));
  if (badCount > 0) {
    const examples = badRows.reduce((first, next) => msg('semicolonPair', { first, next }));
    notices.push(msg('csvBadCoordinates', { n: badCount, examples, more: badCount > badRows.length ? '; …' : '' }));
  }
  if (renamed.length) notices.push(msg('renamedColumns', { list: renamed.map((k) => `"${k}" → "${k}${RENAMED_KEY_SUFFIX}"`) }));
  if (longRows > 0) notices.push(msg('csvLongRows', { n: longRows }));
  if (quoteProblems > 0) notices.push(msg('csvQuoteProblems', { n: quoteProblems }));

  const data: ImportCollection = { type: 'FeatureCollection', features };
  const table = packRows(finalPlan.names, rows);
  rows.length = 0;
  packPoints(data, table);
  return {
    ok: true,
    data,
    table,
    notices,
    stats: {
      features: count,
      byGeometry,
      withoutGeometry: noCoordinates + badCount,
      bbox: west <= east ? [west, south, east, north] : null,
      size,
      format: label,
      columns: finalPlan.names,
    },
  };
}
