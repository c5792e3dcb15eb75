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
import {
  checkGeometryValue,
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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
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
  const badRows: string[] = [];
  let badCount = 0;
  let longRows = 0;
  let quoteProblems = 0;
  let failure: string | null = null;
  const sampleRows: string[][] = [];

  const extend = (b: [number, number, number, number] | null) => {
    if (!b) return;
    if (b[0] < west) west = b[0];
    if (b[1] < south) south = b[1];
    if (b[2] > east) east = b[2];
    if (b[3] > north) north = b[3];
  };

  const makePlan = (cells: string[], firstRows: string[][]): Plan | string => {
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
      const list =
        names
          .slice(0, 12)
          .map((n) => tooShort(n))
          .join(', ') + (names.length > 12 ? ` and ${names.length - 12} more` : '');
      const half =
        lat !== -1
          ? ` It has a latitude column (${tooShort(names[lat]!)}) but no longitude column.`
          : lon !== -1
            ? ` It has a longitude column (${tooShort(names[lon]!)}) but no latitude column.`
            : '';
      return (
        `This ${label} file has no coordinate columns, so nothing could be placed on the map.${half} ` +
        'Name them lat / latitude / y and lon / lng / long / longitude / x (any case; широта and довгота work too), ' +
        `or add a WKT or GeoJSON geometry column (named "wkt" or "geometry"). Its columns are: ${list}.`
      );
    }
    return { names, lat: lat !== -1 && lon !== -1 ? lat : -1, lon: lat !== -1 && lon !== -1 ? lon : -1, geometry, geometryKind };
  };

  const noteBad = (row: number, why: string) => {
    badCount++;
    if (badRows.length < EXAMPLES) badRows.push(`row ${row.toLocaleString('en')}: ${why}`);
  };

  /** The geometry of one row, or null (counted as without coordinates or unusable). */
  const geometryOf = (cells: string[], row: number, p: Plan): Geometry | null => {
    if (p.lat !== -1) {
      const latRaw = cells[p.lat];
      const lonRaw = cells[p.lon];
      const lat = parseCoordinate(latRaw);
      const lon = parseCoordinate(lonRaw);
      if (lat !== null && lon !== null) {
        if (Number.isNaN(lat)) noteBad(row, `latitude ${tooShort(latRaw!.trim())} is not a number`);
        else if (Number.isNaN(lon)) noteBad(row, `longitude ${tooShort(lonRaw!.trim())} is not a number`);
        else if (lat < -90 || lat > 90)
          noteBad(row, `latitude ${lat} is outside -90…90${Math.abs(lon) <= 90 ? ' (are latitude and longitude swapped?)' : ''}`);
        else if (lon < -180 || lon > 180) noteBad(row, `longitude ${lon} is outside -180…180`);
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
        noteBad(row, `it has a ${lat === null ? 'longitude' : 'latitude'} but no ${lat === null ? 'latitude' : 'longitude'}`);
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
        noteBad(row, `its geometry cell is over ${MAX_GEOMETRY_CELL / 1024 / 1024} MB`);
        return null;
      }
      let value: unknown;
      if (raw[0] === '{' && p.geometryKind !== 'wkt') {
        if (findExcessiveNesting(raw, 16)) {
          noteBad(row, 'its GeoJSON geometry nests too deeply');
          return null;
        }
        try {
          value = JSON.parse(raw);
        } catch {
          noteBad(row, 'its geometry cell is not valid JSON');
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
      const checked = checkGeometryValue(value, `Row ${row.toLocaleString('en')}`);
      if (!checked.ok) {
        noteBad(row, checked.error.replace(/^Row [\d,]+: /, ''));
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
    if (typeof made === 'string') {
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
        failure = `This ${label} file has a quoted cell that is never closed (a " without its closing ") in row ${row.toLocaleString('en')}; everything after it would run into one cell. Fix the quotes and try again.`;
      } else quoteProblems++;
    }
    takeRows(result.data);
    if (last) startPlan();
    // A single "row" of many megabytes means there is no line structure: not a table.
    if (!last && partial.length > 64 * 1024 * 1024)
      failure = `This ${label} file has a row longer than 64 MB; it does not look like a table.`;
  };

  try {
    await streamText(blob, onText, opts);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (failure) return { ok: false, error: failure };
  if (!header) return { ok: false, error: `This ${label} file has no rows; there is nothing to import.` };
  if (!plan) return { ok: false, error: `This ${label} file has no rows; there is nothing to import.` };
  const finalPlan: Plan = plan;

  const count = features.length;
  const notices: string[] = [];
  const how =
    finalPlan.lat !== -1
      ? `coordinates from the columns ${tooShort(finalPlan.names[finalPlan.lat]!)} and ${tooShort(finalPlan.names[finalPlan.lon]!)}${finalPlan.geometry !== -1 ? ` (and ${tooShort(finalPlan.names[finalPlan.geometry]!)} where they are empty)` : ''}`
      : `geometries from the column ${tooShort(finalPlan.names[finalPlan.geometry]!)}`;
  notices.push(`${label}: ${plural(count, 'row')}, ${how}.`);
  if (count === 0) notices.push(`The ${label} file has a header but no rows; the layer will be empty.`);
  if (noCoordinates > 0) {
    notices.push(
      `${plural(noCoordinates, 'row')} ${noCoordinates === 1 ? 'has' : 'have'} no coordinates; ${noCoordinates === 1 ? 'it is' : 'they are'} listed in the layer's table but not drawn.`,
    );
  }
  if (badCount > 0) {
    notices.push(
      `${plural(badCount, 'row')} ${badCount === 1 ? 'has coordinates' : 'have coordinates'} that cannot be used (${badRows.join('; ')}${badCount > badRows.length ? '; …' : ''}); listed in the layer's table but not drawn.`,
    );
  }
  if (renamed.length)
    notices.push(
      `Column names that have a special meaning in JavaScript were renamed so they cannot affect the viewer: ${renamed.map((k) => `"${k}" → "${k}${RENAMED_KEY_SUFFIX}"`).join(', ')}.`,
    );
  if (longRows > 0)
    notices.push(`${plural(longRows, 'row')} had more cells than the header has columns; the extra cells were left out.`);
  if (quoteProblems > 0)
    notices.push(
      `${plural(quoteProblems, 'quoting problem')} (a " inside an unquoted cell, or text after a closing ") ${quoteProblems === 1 ? 'was' : 'were'} read as well as possible.`,
    );

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
