// Checks an imported GeoJSON file and rebuilds it into a clean FeatureCollection, or says in plain words what is wrong and where.
//
// Pure: no DOM, no Node APIs, so the same code runs in the parse worker, on the main thread as a fallback,
// and in unit tests. Nothing from the file is passed through as-is except verified coordinate arrays:
// features, geometries and properties are fresh objects, so odd keys ("__proto__") and foreign members
// never reach the app.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { decodeUtf8, formatBytes, sniffBinary } from './bytes.ts';
import { crossCheckFeatureCollection } from './crossCheck.ts';
import { describePosition, excerptAt, findExcessiveNesting, locateJsonSyntaxError, positionAt } from './jsonSyntax.ts';
import { topologyToCollection } from './topojson.ts';

export { MAX_IMPORT_BYTES, MAX_NESTING_DEPTH, PROGRESS_MIN_BYTES } from './limits.ts';
import { MAX_IMPORT_BYTES, MAX_NESTING_DEPTH } from './limits.ts';

/** Property names that mean something to JavaScript objects; they are renamed with this suffix. */
export const RENAMED_KEY_SUFFIX = ' (renamed)';
const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];
const GEOMETRY_TYPE_SET: ReadonlySet<string> = new Set(GEOMETRY_TYPES);

/** 'rows' is a streamed table (CSV), read, decoded and parsed in one pass. */
export type ImportPhase = 'read' | 'decode' | 'parse' | 'validate' | 'rows';

export interface ValidateOptions {
  /** Size limit in bytes (text: in characters, which is never more than its UTF-8 bytes). */
  maxBytes?: number;
  /** Nesting limit; capped at 1000 whatever is asked, because the walks recurse. */
  maxDepth?: number;
  /** Called as the work advances; fraction in 0…1 within the phase. */
  onProgress?: (phase: ImportPhase, fraction: number) => void;
  /** Convert a TopoJSON Topology into its features (default true). */
  topology?: boolean;
  /** Also run geojson-validation over the rebuilt collection (default true). */
  crossCheck?: boolean;
  /**
   * Names feature `index` in messages, for formats whose items are not called features
   * ("Placemark 3 ("Avdiivka")", "Row 12"); default "Feature 4 (index 3)".
   */
  describeItem?: (index: number) => string;
}

export interface ImportStats {
  /** Number of features kept (including those without geometry). */
  features: number;
  /** Features per geometry type, e.g. { Point: 3, LineString: 1 }; features without geometry are not counted here. */
  byGeometry: Partial<Record<GeometryType, number>>;
  /** Features whose geometry is null (or empty), kept but not drawn. */
  withoutGeometry: number;
  /** [west, south, east, north] over all positions, or null when nothing has a position. */
  bbox: [number, number, number, number] | null;
  /** Size of the input: bytes for the bytes variant, characters for the text variant. */
  size: number;
  /** The file's format as read ("GeoJSON", "KML", "CSV"…); set once the format is known. */
  format?: string;
  /** Column names in the file's order, for a table of a CSV/TSV layer. */
  columns?: string[];
}

export type ImportFeature = Feature<Geometry | null, Record<string, unknown>> & { id: number };
export type ImportCollection = FeatureCollection<Geometry | null, Record<string, unknown>> & { features: ImportFeature[] };

import type { ImportTable } from './table.ts';
export type { ImportTable } from './table.ts';

export { TABLE_ROW_KEY } from './limits.ts';

export interface ImportSuccess {
  ok: true;
  data: ImportCollection;
  /** Things worth telling the user about a file that was still imported. */
  notices: string[];
  stats: ImportStats;
  /** For tables (CSV/TSV): the cells of every row; the features' properties are then just their row number. */
  table?: ImportTable;
}
export interface ImportFailure {
  ok: false;
  /** One message: what is wrong and where (feature index, member, line and column). */
  error: string;
}
export type ImportResult = ImportSuccess | ImportFailure;

/** Thrown inside the walk to stop at the first problem; never escapes this module. */
class Reject {
  constructor(readonly message: string) {}
}

type Mode = 'collection' | 'feature' | 'geometry';

/** Running tallies of one validation, turned into stats and notices at the end. */
interface Run {
  mode: Mode;
  west: number;
  south: number;
  east: number;
  north: number;
  byGeometry: Partial<Record<GeometryType, number>>;
  nullGeometries: number;
  emptyGeometries: number;
  trimmedPositions: number;
  missingProperties: number;
  badIds: number;
  badBboxes: number;
  renamedKeys: Map<string, number>;
  foreign: { collection: Set<string>; feature: Set<string>; geometry: Set<string> };
  crs: boolean;
  label?: (index: number) => string;
}

/** A fresh tally for one file (or one geometry): no bounds yet, nothing counted. */
function newRun(mode: Run['mode'], label: Run['label']): Run {
  return {
    mode,
    west: Infinity,
    south: Infinity,
    east: -Infinity,
    north: -Infinity,
    byGeometry: {},
    nullGeometries: 0,
    emptyGeometries: 0,
    trimmedPositions: 0,
    missingProperties: 0,
    badIds: 0,
    badBboxes: 0,
    renamedKeys: new Map(),
    foreign: { collection: new Set(), feature: new Set(), geometry: new Set() },
    crs: false,
    label,
  };
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a short piece of text for a message: strings quoted, long things cut. */
function show(v: unknown, max = 60): string {
  let s: string;
  if (typeof v === 'number') s = String(v);
  else if (v === undefined) s = 'nothing';
  else {
    try {
      s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** "a string ("abc")", "an array", "null" — what a value is, for "must be X, but it is Y". */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string':
      return `a string (${show(v, 40)})`;
    case 'number':
      return `a number (${show(v)})`;
    case 'boolean':
      return `${v}`;
    case 'object':
      return 'an object';
    default:
      return 'missing';
  }
}

function showPosition(p: readonly unknown[]): string {
  const s = `[${p.map((x) => (typeof x === 'number' ? String(x) : show(x, 20))).join(', ')}]`;
  return s.length > 80 ? `${s.slice(0, 79)}…]` : s;
}

/** "Feature 4 (index 3)", "The feature", "The geometry", plus where inside a GeometryCollection. */
function where(run: Run, fi: number, gc: readonly number[]): string {
  let s = run.label
    ? run.label(fi)
    : run.mode === 'collection'
      ? `Feature ${fi + 1} (index ${fi})`
      : run.mode === 'feature'
        ? 'The feature'
        : 'The geometry';
  for (const k of gc) s += `, member ${k} of its GeometryCollection`;
  return s;
}

function caseHint(type: string, valid: readonly string[]): string {
  const match = valid.find((t) => t.toLowerCase() === type.trim().toLowerCase());
  return match ? ` Did you mean "${match}"? Type names are case-sensitive.` : '';
}

// Names of the nested levels of each geometry's coordinates, outermost first, for "ring 0, position 3".
const LEVELS: Record<Exclude<GeometryType, 'GeometryCollection'>, readonly string[]> = {
  Point: [],
  MultiPoint: ['point'],
  LineString: ['position'],
  MultiLineString: ['line', 'position'],
  Polygon: ['ring', 'position'],
  MultiPolygon: ['polygon', 'ring', 'position'],
};

function pathText(type: keyof typeof LEVELS, idx: readonly number[]): string {
  const names = LEVELS[type];
  return idx.map((k, d) => `${names[d]} ${k}`).join(', ');
}

/** "LineString position 2", or just "Point": where a position sits within its geometry. */
function positionContext(type: keyof typeof LEVELS, idx: readonly number[]): string {
  const path = pathText(type, idx);
  return path ? `${type} ${path}` : type;
}

function badPosition(
  p: unknown,
  type: keyof typeof LEVELS,
  idx: readonly number[],
  run: Run,
  fi: number,
  gc: readonly number[],
): Reject {
  const at = where(run, fi, gc);
  if (!Array.isArray(p)) {
    return new Reject(
      `${at}: ${idx.length ? positionContext(type, idx) : `${type} coordinates`} ${idx.length ? 'is' : 'are'} ${kindOf(p)}, not a position such as [longitude, latitude].`,
    );
  }
  const ctx = positionContext(type, idx);
  if (p.length < 2) {
    return new Reject(
      `${at}: position ${showPosition(p)} (${ctx}) has ${p.length === 0 ? 'no numbers' : 'only one number'}; a position needs a longitude and a latitude.`,
    );
  }
  for (const x of p as unknown[]) {
    if (typeof x !== 'number')
      return new Reject(`${at}: coordinate ${showPosition(p)} (${ctx}) contains ${kindOf(x)} where a number is required.`);
    if (!Number.isFinite(x))
      return new Reject(`${at}: coordinate ${showPosition(p)} (${ctx}) contains a number too large to use.`);
  }
  const lon = p[0] as number;
  const lat = p[1] as number;
  const which = lon < -180 || lon > 180 ? 'a longitude outside -180…180' : 'a latitude outside -90…90';
  let hint = '';
  if (Math.abs(lon) > 1000 && Math.abs(lat) > 1000) {
    hint =
      ' These look like projected metres (e.g. Web Mercator, EPSG:3857); GeoJSON needs longitude and latitude in degrees (WGS 84, EPSG:4326).';
  } else if (Math.abs(lon) <= 90 && Math.abs(lat) > 90 && Math.abs(lat) <= 180) {
    hint = ' Are longitude and latitude swapped? GeoJSON writes [longitude, latitude].';
  }
  return new Reject(`${at}: coordinate ${showPosition(p)} (${ctx}) has ${which}.${hint}`);
}

// The hot loop of a big import: no closures or strings unless something is wrong.
function checkPosition(p: unknown, type: keyof typeof LEVELS, idx: number[], run: Run, fi: number, gc: readonly number[]): void {
  if (!Array.isArray(p) || p.length < 2) throw badPosition(p, type, idx, run, fi, gc);
  const n = p.length;
  for (let k = 0; k < n; k++) {
    const x: unknown = p[k];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw badPosition(p, type, idx, run, fi, gc);
  }
  const lon = p[0] as number;
  const lat = p[1] as number;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) throw badPosition(p, type, idx, run, fi, gc);
  // RFC 7946 allows more than three numbers but gives them no meaning; the map draws in 2-D anyway.
  if (p.length > 3) {
    p.length = 3;
    run.trimmedPositions++;
  }
  if (lon < run.west) run.west = lon;
  if (lon > run.east) run.east = lon;
  if (lat < run.south) run.south = lat;
  if (lat > run.north) run.north = lat;
}

function samePosition(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Walks `levels` array levels down to positions, applying each geometry's rules on the way:
 * lines need 2 positions, polygon rings 4 and must close. Coordinates are checked in place and kept.
 */
function checkCoordinates(
  value: unknown,
  levels: number,
  type: keyof typeof LEVELS,
  idx: number[],
  run: Run,
  fi: number,
  gc: readonly number[],
): void {
  if (levels === 0) {
    checkPosition(value, type, idx, run, fi, gc);
    return;
  }
  if (!Array.isArray(value)) {
    const what = idx.length === 0 ? 'coordinates' : pathText(type, idx);
    const expected = LEVELS[type][idx.length];
    throw new Reject(
      `${where(run, fi, gc)}: ${type} ${what} ${idx.length === 0 ? 'are' : 'is'} ${kindOf(value)}, but must be an array of ${expected}s.`,
    );
  }
  for (let k = 0; k < value.length; k++) {
    idx.push(k);
    checkCoordinates(value[k], levels - 1, type, idx, run, fi, gc);
    idx.pop();
  }
  if (levels !== 1) return;
  // `value` is now a list of positions: a line, a ring, or the points of a MultiPoint.
  const isRing = type === 'Polygon' || type === 'MultiPolygon';
  const isLine = type === 'LineString' || type === 'MultiLineString';
  const here = () => `${where(run, fi, gc)}: ${type}${idx.length ? ` ${pathText(type, idx)}` : ''}`;
  if (isLine && value.length < 2) {
    throw new Reject(`${here()} has ${value.length === 1 ? 'only one position' : 'no positions'}; a line needs at least 2.`);
  }
  if (isRing) {
    const ring = type === 'Polygon' ? `polygon ring ${idx[0]}` : `polygon ${idx[0]}, ring ${idx[1]}`;
    const loc = `${where(run, fi, gc)}: ${ring}`;
    if (value.length < 4) {
      throw new Reject(
        `${loc} has ${value.length} position${value.length === 1 ? '' : 's'}; a ring needs at least 4 positions (a closed triangle repeats its first position at the end).`,
      );
    }
    const first = value[0] as number[];
    const last = value[value.length - 1] as number[];
    if (!samePosition(first, last)) {
      throw new Reject(
        `${loc} is not closed (first ${showPosition(first)} ≠ last ${showPosition(last)}); a ring must end at the position where it starts.`,
      );
    }
  }
}

/** Returns a fresh geometry, or null for an empty one (counted as such). */
function checkGeometry(g: unknown, run: Run, fi: number, gc: readonly number[]): Geometry | null {
  if (!isPlainObject(g)) {
    throw new Reject(`${where(run, fi, gc)}: "geometry" must be an object or null, but it is ${kindOf(g)}.`);
  }
  const type = g.type;
  if (typeof type !== 'string') {
    throw new Reject(
      `${where(run, fi, gc)}: the geometry has ${type === undefined ? 'no "type" member' : `"type" ${kindOf(type)}`}; expected one of ${GEOMETRY_TYPES.join(', ')}.`,
    );
  }
  if (!GEOMETRY_TYPE_SET.has(type)) {
    const extra =
      type === 'Feature' || type === 'FeatureCollection'
        ? ` A ${type} cannot be used as a geometry.`
        : caseHint(type, GEOMETRY_TYPES);
    throw new Reject(
      `${where(run, fi, gc)}: geometry type ${show(type, 40)} is not a GeoJSON geometry type (expected one of ${GEOMETRY_TYPES.join(', ')}).${extra}`,
    );
  }
  for (const key of Object.keys(g)) {
    if (key !== 'type' && key !== 'bbox' && key !== (type === 'GeometryCollection' ? 'geometries' : 'coordinates'))
      run.foreign.geometry.add(key);
  }
  if (hasOwn(g, 'bbox')) checkBbox(g.bbox, run);

  if (type === 'GeometryCollection') {
    const members = g.geometries;
    if (!Array.isArray(members)) {
      throw new Reject(
        `${where(run, fi, gc)}: the GeometryCollection's "geometries" ${members === undefined ? 'member is missing' : `is ${kindOf(members)}`}; it must be an array of geometries.`,
      );
    }
    const geometries: Geometry[] = [];
    for (let k = 0; k < members.length; k++) {
      if (members[k] === null)
        throw new Reject(`${where(run, fi, [...gc, k])} is null; a GeometryCollection may only hold geometries.`);
      const inner = checkGeometry(members[k], run, fi, [...gc, k]);
      if (inner) geometries.push(inner);
    }
    if (geometries.length === 0) {
      run.emptyGeometries++;
      return null;
    }
    return { type: 'GeometryCollection', geometries };
  }

  const t = type as keyof typeof LEVELS;
  if (!hasOwn(g, 'coordinates')) {
    throw new Reject(`${where(run, fi, gc)}: the ${t} geometry has no "coordinates" member.`);
  }
  const coordinates = g.coordinates;
  // RFC 7946 §3.1 lets empty coordinates stand for an empty geometry; it has nothing to draw.
  if (Array.isArray(coordinates) && coordinates.length === 0) {
    run.emptyGeometries++;
    return null;
  }
  checkCoordinates(coordinates, LEVELS[t].length, t, [], run, fi, gc);
  return { type: t, coordinates } as Geometry;
}

function checkBbox(b: unknown, run: Run): void {
  // We compute our own extent, so a broken bbox is not fatal; it is dropped and mentioned.
  const ok =
    Array.isArray(b) && (b.length === 4 || b.length === 6) && b.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (!ok) run.badBboxes++;
}

function safeKey(key: string, src: object, out: object, run: Run): string {
  run.renamedKeys.set(key, (run.renamedKeys.get(key) ?? 0) + 1);
  let name = key + RENAMED_KEY_SUFFIX;
  // Never overwrite a "x (renamed)" the file already has, nor one made earlier in this object.
  for (let n = 2; hasOwn(src, name) || hasOwn(out, name); n++) name = `${key}${RENAMED_KEY_SUFFIX.slice(0, -1)} ${n})`;
  return name;
}

/**
 * Deep copy of a JSON value into fresh objects, renaming keys that mean something to JavaScript.
 * Plain assignment is safe here because "__proto__" never reaches it as a key.
 */
function copyJson(v: unknown, run: Run): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => copyJson(x, run));
  return copyObject(v as Record<string, unknown>, run);
}

function copyObject(src: Record<string, unknown>, run: Run): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(src)) {
    const name = DANGEROUS_KEYS.has(key) ? safeKey(key, src, out, run) : key;
    out[name] = copyJson(src[key], run);
  }
  return out;
}

const FEATURE_MEMBERS: ReadonlySet<string> = new Set(['type', 'id', 'geometry', 'properties', 'bbox']);

function checkFeature(f: unknown, fi: number, run: Run): ImportFeature {
  if (!isPlainObject(f)) {
    const loc = where(run, fi, []);
    throw new Reject(`${loc} is ${kindOf(f)}, not a Feature object.`);
  }
  if (f.type !== 'Feature') {
    const loc = where(run, fi, []);
    const type = f.type;
    if (typeof type === 'string' && GEOMETRY_TYPE_SET.has(type)) {
      throw new Reject(
        `${loc} is a bare ${type} geometry; each item in "features" must be a Feature: {"type": "Feature", "geometry": …, "properties": …}.`,
      );
    }
    if (type === undefined) throw new Reject(`${loc} has no "type" member; each item in "features" must have "type": "Feature".`);
    throw new Reject(
      `${loc} has "type" ${show(type, 40)}; each item in "features" must have "type": "Feature".${typeof type === 'string' ? caseHint(type, ['Feature']) : ''}`,
    );
  }
  if (!hasOwn(f, 'geometry')) {
    throw new Reject(`${where(run, fi, [])} has no "geometry" member; a feature without a location must say "geometry": null.`);
  }
  let geometry: Geometry | null = null;
  if (f.geometry === null) run.nullGeometries++;
  else {
    geometry = checkGeometry(f.geometry, run, fi, []);
    if (geometry) run.byGeometry[geometry.type] = (run.byGeometry[geometry.type] ?? 0) + 1;
  }

  let properties: Record<string, unknown>;
  if (!hasOwn(f, 'properties')) {
    run.missingProperties++;
    properties = {};
  } else if (f.properties === null) {
    properties = {};
  } else if (isPlainObject(f.properties)) {
    properties = copyObject(f.properties, run);
  } else {
    throw new Reject(`${where(run, fi, [])}: "properties" must be an object or null, but it is ${kindOf(f.properties)}.`);
  }

  if (hasOwn(f, 'id')) {
    // The map needs its own numeric ids (feature-state); a file's id stays readable as a property.
    const id = f.id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) {
      if (!hasOwn(properties, 'id')) properties.id = id;
    } else run.badIds++;
  }
  if (hasOwn(f, 'bbox')) checkBbox(f.bbox, run);
  for (const key of Object.keys(f)) if (!FEATURE_MEMBERS.has(key)) run.foreign.feature.add(key);

  return { type: 'Feature', id: fi, geometry, properties };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listNames(names: Iterable<string>, max = 5): string {
  const all = [...names];
  const shown = all.slice(0, max).map((k) => show(k, 30));
  return shown.join(', ') + (all.length > max ? ` and ${all.length - max} more` : '');
}

const FAMILY: Record<GeometryType, string> = {
  Point: 'point',
  MultiPoint: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'area',
  MultiPolygon: 'area',
  GeometryCollection: 'collection',
};

function noticesOf(run: Run, count: number, wrapped: string | null): string[] {
  const notices: string[] = [];
  if (wrapped) notices.push(wrapped);
  if (count === 0) notices.push('The file has no features; the layer will be empty.');
  const without = run.nullGeometries + run.emptyGeometries;
  if (count > 0 && without === count) {
    notices.push(
      `None of the ${plural(count, 'feature')} has a geometry (all are null or empty), so nothing will be drawn; the features are kept with their properties.`,
    );
  } else if (without > 0) {
    notices.push(
      `${plural(without, 'feature')} of ${count} ${without === 1 ? 'has' : 'have'} no geometry (null or empty coordinates); ${without === 1 ? 'it is' : 'they are'} kept but not drawn.`,
    );
  }
  const types = Object.entries(run.byGeometry);
  // Polygon and MultiPolygon share a style; only points, lines and areas together make a mixed layer.
  const families = new Set(types.map(([t]) => FAMILY[t as GeometryType]));
  if (families.size > 1) {
    notices.push(
      `The file mixes geometry types (${types.map(([t, n]) => `${n} ${t}`).join(', ')}); each type is drawn in its own style.`,
    );
  }
  if (run.renamedKeys.size > 0) {
    const list = [...run.renamedKeys]
      .map(([k, n]) => `"${k}" → "${k}${RENAMED_KEY_SUFFIX}"${n > 1 ? ` (${n}×)` : ''}`)
      .join(', ');
    notices.push(
      `Property names that have a special meaning in JavaScript were renamed so they cannot affect the viewer: ${list}.`,
    );
  }
  if (run.missingProperties > 0) {
    notices.push(
      `${plural(run.missingProperties, 'feature')} had no "properties" member and ${run.missingProperties === 1 ? 'was' : 'were'} given empty properties.`,
    );
  }
  if (run.trimmedPositions > 0) {
    notices.push(
      `${plural(run.trimmedPositions, 'position')} had more than three numbers; only longitude, latitude and altitude were kept.`,
    );
  }
  if (run.crs) {
    notices.push('The "crs" member was ignored: GeoJSON coordinates are always longitude and latitude in WGS 84 (RFC 7946).');
  }
  const foreign: string[] = [];
  if (run.foreign.collection.size) foreign.push(`${listNames(run.foreign.collection)} on the collection`);
  if (run.foreign.feature.size) foreign.push(`${listNames(run.foreign.feature)} on features`);
  if (run.foreign.geometry.size) foreign.push(`${listNames(run.foreign.geometry)} on geometries`);
  if (foreign.length) notices.push(`Members that GeoJSON does not define were dropped: ${foreign.join('; ')}.`);
  if (run.badIds > 0)
    notices.push(
      `${plural(run.badIds, 'feature id')} that ${run.badIds === 1 ? 'was' : 'were'} neither a string nor a number ${run.badIds === 1 ? 'was' : 'were'} dropped.`,
    );
  if (run.badBboxes > 0)
    notices.push(
      `${plural(run.badBboxes, 'invalid "bbox" member')} ${run.badBboxes === 1 ? 'was' : 'were'} ignored; the extent is computed from the coordinates.`,
    );
  return notices;
}

const TOP_LEVEL_TYPES = ['FeatureCollection', 'Feature', ...GEOMETRY_TYPES];

function validateParsed(root: unknown, size: number, opts: ValidateOptions): ImportResult {
  if (!isPlainObject(root)) {
    if (Array.isArray(root)) {
      const looksLikeFeatures = root.length > 0 && isPlainObject(root[0]) && root[0].type === 'Feature';
      throw new Reject(
        `The top level of the file is an array, but GeoJSON must be an object such as {"type": "FeatureCollection", "features": […]}.` +
          (looksLikeFeatures ? ' It looks like a bare list of features: wrap it in a FeatureCollection.' : ''),
      );
    }
    throw new Reject(
      `The file holds ${kindOf(root)}, not a GeoJSON object; expected an object such as {"type": "FeatureCollection", "features": […]}.`,
    );
  }
  const type = root.type;
  if (typeof type !== 'string') {
    const hint = Array.isArray(root.features) ? ' It has a "features" list: add "type": "FeatureCollection".' : '';
    throw new Reject(
      `The top-level object ${type === undefined ? 'has no "type" member' : `has "type" ${kindOf(type)}`}, so it is not GeoJSON (expected "FeatureCollection", "Feature" or a geometry type).${hint}`,
    );
  }
  if (type === 'Topology' && opts.topology !== false) {
    const converted = topologyToCollection(root);
    if (!converted.ok) throw new Reject(converted.error);
    const inner = validateParsed(converted.collection, size, {
      ...opts,
      topology: false,
      describeItem: opts.describeItem ?? converted.describeItem,
    });
    if (inner.ok) inner.notices.unshift(converted.notice);
    return inner;
  }
  if (!TOP_LEVEL_TYPES.includes(type)) {
    const hint =
      type === 'Topology'
        ? ' This is TopoJSON, a different format; convert it to GeoJSON first (e.g. with mapshaper).'
        : caseHint(type, TOP_LEVEL_TYPES);
    throw new Reject(
      `The file's "type" is ${show(type, 40)}, which is not a GeoJSON type; expected "FeatureCollection", "Feature" or a geometry type (${GEOMETRY_TYPES.join(', ')}).${hint}`,
    );
  }

  const run = newRun(
    type === 'FeatureCollection' ? 'collection' : type === 'Feature' ? 'feature' : 'geometry',
    opts.describeItem,
  );
  if (hasOwn(root, 'crs')) run.crs = true;

  const features: ImportFeature[] = [];
  let wrapped: string | null = null;
  if (type === 'FeatureCollection') {
    const list = root.features;
    if (!Array.isArray(list)) {
      throw new Reject(
        `The FeatureCollection's "features" ${list === undefined ? 'member is missing' : `is ${kindOf(list)}`}; it must be an array of features.`,
      );
    }
    if (hasOwn(root, 'bbox')) checkBbox(root.bbox, run);
    for (const key of Object.keys(root))
      if (key !== 'type' && key !== 'features' && key !== 'bbox' && key !== 'crs') run.foreign.collection.add(key);
    const n = list.length;
    const report = opts.onProgress;
    for (let i = 0; i < n; i++) {
      if (report && (i & 8191) === 0) report('validate', i / n);
      features.push(checkFeature(list[i], i, run));
    }
  } else if (type === 'Feature') {
    features.push(checkFeature(root, 0, run));
    wrapped = 'The file holds a single Feature rather than a FeatureCollection; it was imported as a layer of one feature.';
  } else {
    const geometry = checkGeometry(root, run, 0, []);
    if (geometry) run.byGeometry[geometry.type] = 1;
    features.push({ type: 'Feature', id: 0, geometry, properties: {} });
    wrapped = `The file holds a bare ${type} geometry rather than a FeatureCollection; it was imported as a layer of one feature without properties.`;
    // A bare geometry's own members (other than its coordinates) were recorded as foreign geometry members.
  }
  opts.onProgress?.('validate', 1);

  const data: ImportCollection = { type: 'FeatureCollection', features };
  if (opts.crossCheck !== false) {
    const problem = crossCheckFeatureCollection(data);
    if (problem) throw new Reject(problem);
  }

  if (run.crs) for (const set of Object.values(run.foreign)) set.delete('crs');
  const hasExtent = run.west <= run.east;
  return {
    ok: true,
    data,
    notices: noticesOf(run, features.length, wrapped),
    stats: {
      features: features.length,
      byGeometry: run.byGeometry,
      withoutGeometry: run.nullGeometries + run.emptyGeometries,
      bbox: hasExtent ? [run.west, run.south, run.east, run.north] : null,
      size,
    },
  };
}

function sizeError(size: number, limit: number, unit: 'bytes' | 'characters'): ImportFailure {
  const what = unit === 'bytes' ? formatBytes(size) : `${size.toLocaleString('en')} characters`;
  return {
    ok: false,
    error: `This file is too large to import: ${what}, and the limit is ${formatBytes(limit)}. Split it or simplify its geometry first.`,
  };
}

function validateText(text: string, size: number, opts: ValidateOptions): ImportResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark some editors write
  if (text.length === 0) return { ok: false, error: 'The file is empty (0 bytes); there is nothing to import.' };
  if (!/\S/.test(text)) return { ok: false, error: 'The file contains only whitespace; there is nothing to import.' };
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      ok: false,
      error: `This file looks like binary data, not GeoJSON text: it contains a zero character at ${describePosition(positionAt(text, nul))}.`,
    };
  }

  const maxDepth = Math.min(opts.maxDepth ?? MAX_NESTING_DEPTH, 1000);
  const deep = findExcessiveNesting(text, maxDepth);
  if (deep) {
    return {
      ok: false,
      error:
        `The data nests more than ${maxDepth} levels deep (${describePosition(positionAt(text, deep.offset))}); ` +
        'real GeoJSON needs fewer than 10 levels, so this file is broken or built to crash the reader, and it was not parsed.',
    };
  }

  opts.onProgress?.('parse', 0);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const found = locateJsonSyntaxError(text);
    if (found) {
      const pos = positionAt(text, found.offset);
      return {
        ok: false,
        error: `This file is not valid JSON: ${found.problem}, at ${describePosition(pos)} (near "${excerptAt(text, found.offset)}").`,
      };
    }
    return { ok: false, error: `This file is not valid JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  opts.onProgress?.('parse', 1);
  return validateParsed(root, size, opts);
}

function guard(work: () => ImportResult): ImportResult {
  try {
    return work();
  } catch (e) {
    if (e instanceof Reject) return { ok: false, error: e.message };
    if (e instanceof RangeError) {
      return { ok: false, error: `This file could not be read: it is too large or too complex to process (${e.message}).` };
    }
    return {
      ok: false,
      error: `This file could not be read because of an unexpected error (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
}

/** Validates GeoJSON given as text (already decoded). Never throws. */
export function validateGeoJsonText(text: string, opts: ValidateOptions = {}): ImportResult {
  return guard(() => {
    if (typeof text !== 'string') return { ok: false, error: 'No text was given to import.' };
    const limit = opts.maxBytes ?? MAX_IMPORT_BYTES;
    if (text.length > limit) return sizeError(text.length, limit, 'characters');
    return validateText(text, text.length, opts);
  });
}

/**
 * Validates GeoJSON given as the file's bytes: size, then binary sniffing and strict UTF-8,
 * then everything validateGeoJsonText does. Never throws.
 */
export function validateGeoJsonBytes(bytes: Uint8Array, opts: ValidateOptions = {}): ImportResult {
  return guard(() => {
    const limit = opts.maxBytes ?? MAX_IMPORT_BYTES;
    if (bytes.byteLength > limit) return sizeError(bytes.byteLength, limit, 'bytes');
    if (bytes.byteLength === 0) return { ok: false, error: 'The file is empty (0 bytes); there is nothing to import.' };
    const binary = sniffBinary(bytes);
    if (binary) return { ok: false, error: binary };
    opts.onProgress?.('decode', 0);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return decoded;
    opts.onProgress?.('decode', 1);
    return validateText(decoded.text, bytes.byteLength, opts);
  });
}

/**
 * Validates GeoJSON text already decoded from a file of `size` bytes (the streaming reader's path):
 * everything validateGeoJsonText does, with the byte size kept for the stats. Never throws.
 */
export function validateJsonText(text: string, size: number, opts: ValidateOptions = {}): ImportResult {
  return guard(() => validateText(text, size, opts));
}

/**
 * Validates a GeoJSON object that another format was converted into (KML, GPX): the same rebuild,
 * checks and notices as a parsed file. Never throws.
 */
export function validateGeoJsonObject(root: unknown, size: number, opts: ValidateOptions = {}): ImportResult {
  return guard(() => validateParsed(root, size, opts));
}

export type GeometryCheck =
  { ok: true; geometry: Geometry | null; bbox: [number, number, number, number] | null } | { ok: false; error: string };

/**
 * Checks one geometry given on its own (a CSV cell's GeoJSON or WKT), naming it `label` in messages.
 * Returns a fresh geometry (null when empty) and its extent. Never throws.
 */
export function checkGeometryValue(g: unknown, label: string): GeometryCheck {
  const run = newRun('geometry', () => label);
  try {
    const geometry = checkGeometry(g, run, 0, []);
    return { ok: true, geometry, bbox: run.west <= run.east ? [run.west, run.south, run.east, run.north] : null };
  } catch (e) {
    if (e instanceof Reject) return { ok: false, error: e.message };
    return { ok: false, error: `${label}: the geometry could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
}

/** The exact message for a file over the limit, for callers that refuse before reading it. */
export function oversizeError(size: number, limit = MAX_IMPORT_BYTES): ImportFailure {
  return sizeError(size, limit, 'bytes');
}
