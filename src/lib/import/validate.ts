// Checks an imported GeoJSON file and rebuilds it into a clean FeatureCollection, or says in plain words what is wrong and where.
//
// Pure: no DOM, no Node APIs, so the same code runs in the parse worker, on the main thread as a fallback,
// and in unit tests. Nothing from the file is passed through as-is except verified coordinate arrays:
// features, geometries and properties are fresh objects, so odd keys ("__proto__") and foreign members
// never reach the app.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { decodeUtf8, sniffBinary } from './bytes.ts';
import { crossCheckFeatureCollection } from './crossCheck.ts';
import { describePosition, excerptAt, findExcessiveNesting, locateJsonSyntaxError, positionAt } from './jsonSyntax.ts';
import { topologyToCollection } from './topojson.ts';
import { byteSize, featureAt, msg, type ImportMessage, type MessageValue } from './message.ts';
import type { MessageKey } from './messageText.ts';

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
  describeItem?: (index: number) => ImportMessage;
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
  notices: ImportMessage[];
  stats: ImportStats;
  /** For tables (CSV/TSV): the cells of every row; the features' properties are then just their row number. */
  table?: ImportTable;
}
export interface ImportFailure {
  ok: false;
  /** One message: what is wrong and where (feature index, member, line and column). */
  error: ImportMessage;
}
export type ImportResult = ImportSuccess | ImportFailure;

/** Thrown inside the walk to stop at the first problem; never escapes this module. */
class Reject {
  constructor(readonly message: ImportMessage) {}
}

/** "{at}: {what}": a problem at a place. A CSV row that already names the place keeps only `what`. */
const located = (at: ImportMessage, what: ImportMessage): ImportMessage => msg('located', { at, what });

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
  label?: (index: number) => ImportMessage;
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
function kindOf(v: unknown): MessageValue {
  if (v === null) return 'null';
  if (Array.isArray(v)) return msg('kindArray');
  switch (typeof v) {
    case 'string':
      return msg('kindString', { value: show(v, 40) });
    case 'number':
      return msg('kindNumber', { value: show(v) });
    case 'boolean':
      return `${v}`;
    case 'object':
      return msg('kindObject');
    default:
      return msg('kindMissing');
  }
}

function showPosition(p: readonly unknown[]): string {
  const s = `[${p.map((x) => (typeof x === 'number' ? String(x) : show(x, 20))).join(', ')}]`;
  return s.length > 80 ? `${s.slice(0, 79)}…]` : s;
}

/** "Feature 4 (index 3)", "The feature", "The geometry", plus where inside a GeometryCollection. */
function where(run: Run, fi: number, gc: readonly number[]): ImportMessage {
  let at = run.label
    ? run.label(fi)
    : run.mode === 'collection'
      ? featureAt(fi)
      : msg(run.mode === 'feature' ? 'theFeature' : 'theGeometry');
  for (const k of gc) at = msg('collectionMember', { at, k: String(k) });
  return at;
}

function caseHint(type: string, valid: readonly string[]): MessageValue {
  const match = valid.find((t) => t.toLowerCase() === type.trim().toLowerCase());
  return match ? msg('caseHint', { match }) : '';
}

type Level = 'Point' | 'Position' | 'Line' | 'Ring' | 'Polygon';

// Names of the nested levels of each geometry's coordinates, outermost first, for "ring 0, position 3".
const LEVELS: Record<Exclude<GeometryType, 'GeometryCollection'>, readonly Level[]> = {
  Point: [],
  MultiPoint: ['Point'],
  LineString: ['Position'],
  MultiLineString: ['Line', 'Position'],
  Polygon: ['Ring', 'Position'],
  MultiPolygon: ['Polygon', 'Ring', 'Position'],
};

/** "ring 0, position 3", as a list of named levels. */
function pathText(type: keyof typeof LEVELS, idx: readonly number[]): ImportMessage[] {
  const names = LEVELS[type];
  return idx.map((k, d) => msg(`level${names[d]!}` as MessageKey, { k: String(k) }));
}

/** "LineString position 2", or just "Point": where a position sits within its geometry. */
function positionContext(type: keyof typeof LEVELS, idx: readonly number[]): MessageValue {
  return idx.length ? msg('typePath', { type, path: pathText(type, idx) }) : type;
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
      located(
        at,
        idx.length
          ? msg('positionIsNot', { what: positionContext(type, idx), kind: kindOf(p) })
          : msg('coordinatesAreNot', { type, kind: kindOf(p) }),
      ),
    );
  }
  const position = showPosition(p);
  const ctx = positionContext(type, idx);
  if (p.length < 2)
    return new Reject(located(at, msg(p.length === 0 ? 'positionNoNumbers' : 'positionOneNumber', { position, ctx })));
  for (const x of p as unknown[]) {
    if (typeof x !== 'number') return new Reject(located(at, msg('coordinateNotNumber', { position, ctx, kind: kindOf(x) })));
    if (!Number.isFinite(x)) return new Reject(located(at, msg('coordinateTooLarge', { position, ctx })));
  }
  const lon = p[0] as number;
  const lat = p[1] as number;
  let hint: MessageValue = '';
  if (Math.abs(lon) > 1000 && Math.abs(lat) > 1000) hint = msg('hintProjected');
  else if (Math.abs(lon) <= 90 && Math.abs(lat) > 90 && Math.abs(lat) <= 180) hint = msg('hintSwapped');
  const which = lon < -180 || lon > 180 ? 'longitudeOutside' : 'latitudeOutside';
  return new Reject(located(at, msg(which, { position, ctx, hint })));
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
    const expected = msg(`levels${LEVELS[type][idx.length]!}` as MessageKey);
    const kind = kindOf(value);
    throw new Reject(
      located(
        where(run, fi, gc),
        idx.length === 0
          ? msg('coordinatesMustBeArray', { type, kind, expected })
          : msg('partMustBeArray', { type, path: pathText(type, idx), kind, expected }),
      ),
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
  if (isLine && value.length < 2) {
    const what = idx.length ? msg('typePath', { type, path: pathText(type, idx) }) : type;
    throw new Reject(located(where(run, fi, gc), msg(value.length === 1 ? 'lineOnePosition' : 'lineNoPositions', { what })));
  }
  if (isRing) {
    const ring =
      type === 'Polygon'
        ? msg('ringOfPolygon', { ring: String(idx[0]) })
        : msg('ringOfMultiPolygon', { polygon: String(idx[0]), ring: String(idx[1]) });
    if (value.length < 4) throw new Reject(located(where(run, fi, gc), msg('ringTooShort', { ring, n: value.length })));
    const first = value[0] as number[];
    const last = value[value.length - 1] as number[];
    if (!samePosition(first, last)) {
      throw new Reject(
        located(where(run, fi, gc), msg('ringNotClosed', { ring, first: showPosition(first), last: showPosition(last) })),
      );
    }
  }
}

/** Returns a fresh geometry, or null for an empty one (counted as such). */
function checkGeometry(g: unknown, run: Run, fi: number, gc: readonly number[]): Geometry | null {
  if (!isPlainObject(g)) throw new Reject(located(where(run, fi, gc), msg('geometryNotObject', { kind: kindOf(g) })));
  const type = g.type;
  const types = GEOMETRY_TYPES.join(', ');
  if (typeof type !== 'string') {
    throw new Reject(
      located(
        where(run, fi, gc),
        type === undefined ? msg('geometryNoType', { types }) : msg('geometryTypeKind', { kind: kindOf(type), types }),
      ),
    );
  }
  if (!GEOMETRY_TYPE_SET.has(type)) {
    const hint =
      type === 'Feature' || type === 'FeatureCollection' ? msg('hintNotGeometry', { type }) : caseHint(type, GEOMETRY_TYPES);
    throw new Reject(located(where(run, fi, gc), msg('geometryTypeUnknown', { type: show(type, 40), types, hint })));
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
        located(
          where(run, fi, gc),
          members === undefined ? msg('geometriesMissing') : msg('geometriesKind', { kind: kindOf(members) }),
        ),
      );
    }
    const geometries: Geometry[] = [];
    for (let k = 0; k < members.length; k++) {
      if (members[k] === null) throw new Reject(msg('collectionMemberNull', { at: where(run, fi, [...gc, k]) }));
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
    throw new Reject(located(where(run, fi, gc), msg('noCoordinates', { type: t })));
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
  if (!isPlainObject(f)) throw new Reject(msg('featureNotObject', { at: where(run, fi, []), kind: kindOf(f) }));
  if (f.type !== 'Feature') {
    const at = where(run, fi, []);
    const type = f.type;
    if (typeof type === 'string' && GEOMETRY_TYPE_SET.has(type)) throw new Reject(msg('featureIsGeometry', { at, type }));
    if (type === undefined) throw new Reject(msg('featureNoType', { at }));
    const hint = typeof type === 'string' ? caseHint(type, ['Feature']) : '';
    throw new Reject(msg('featureWrongType', { at, type: show(type, 40), hint }));
  }
  if (!hasOwn(f, 'geometry')) throw new Reject(msg('featureNoGeometry', { at: where(run, fi, []) }));
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
    throw new Reject(located(where(run, fi, []), msg('propertiesNotObject', { kind: kindOf(f.properties) })));
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

/** "a", "b", "c" and 3 more: property names as the file spells them. */
function listNames(names: Iterable<string>, max = 5): MessageValue {
  const all = [...names];
  const shown = all.slice(0, max).map((k) => show(k, 30));
  return all.length > max ? msg('listAndMore', { list: shown, n: all.length - max }) : shown;
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

function noticesOf(run: Run, count: number, wrapped: ImportMessage | null): ImportMessage[] {
  const notices: ImportMessage[] = [];
  if (wrapped) notices.push(wrapped);
  if (count === 0) notices.push(msg('noFeatures'));
  const without = run.nullGeometries + run.emptyGeometries;
  if (count > 0 && without === count) notices.push(msg('noneHasGeometry', { count }));
  else if (without > 0) notices.push(msg('someWithoutGeometry', { without, count }));
  const types = Object.entries(run.byGeometry);
  // Polygon and MultiPolygon share a style; only points, lines and areas together make a mixed layer.
  const families = new Set(types.map(([t]) => FAMILY[t as GeometryType]));
  if (families.size > 1) notices.push(msg('mixedTypes', { types: types.map(([type, n]) => msg('typeCount', { n, type })) }));
  if (run.renamedKeys.size > 0) {
    const list = [...run.renamedKeys].map(([k, n]) => `"${k}" → "${k}${RENAMED_KEY_SUFFIX}"${n > 1 ? ` (${n}×)` : ''}`);
    notices.push(msg('renamedProperties', { list }));
  }
  if (run.missingProperties > 0) notices.push(msg('missingProperties', { n: run.missingProperties }));
  if (run.trimmedPositions > 0) notices.push(msg('trimmedPositions', { n: run.trimmedPositions }));
  if (run.crs) notices.push(msg('crsIgnored'));
  const foreign: ImportMessage[] = [];
  if (run.foreign.collection.size) foreign.push(msg('foreignOnCollection', { names: listNames(run.foreign.collection) }));
  if (run.foreign.feature.size) foreign.push(msg('foreignOnFeatures', { names: listNames(run.foreign.feature) }));
  if (run.foreign.geometry.size) foreign.push(msg('foreignOnGeometries', { names: listNames(run.foreign.geometry) }));
  if (foreign.length) {
    const list = foreign.reduce((first, next) => msg('semicolonPair', { first, next }));
    notices.push(msg('foreignDropped', { list }));
  }
  if (run.badIds > 0) notices.push(msg('badIds', { n: run.badIds }));
  if (run.badBboxes > 0) notices.push(msg('badBboxes', { n: run.badBboxes }));
  return notices;
}

const TOP_LEVEL_TYPES = ['FeatureCollection', 'Feature', ...GEOMETRY_TYPES];

function validateParsed(root: unknown, size: number, opts: ValidateOptions): ImportResult {
  if (!isPlainObject(root)) {
    if (Array.isArray(root)) {
      const looksLikeFeatures = root.length > 0 && isPlainObject(root[0]) && root[0].type === 'Feature';
      throw new Reject(msg('topLevelArray', { hint: looksLikeFeatures ? msg('hintBareFeatures') : '' }));
    }
    throw new Reject(msg('topLevelNotObject', { kind: kindOf(root) }));
  }
  const type = root.type;
  if (typeof type !== 'string') {
    const hint = Array.isArray(root.features) ? msg('hintAddType') : '';
    throw new Reject(
      type === undefined ? msg('topLevelNoType', { hint }) : msg('topLevelTypeKind', { kind: kindOf(type), hint }),
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
    const hint = type === 'Topology' ? msg('hintTopology') : caseHint(type, TOP_LEVEL_TYPES);
    throw new Reject(msg('topLevelTypeUnknown', { type: show(type, 40), types: GEOMETRY_TYPES.join(', '), hint }));
  }

  const run = newRun(
    type === 'FeatureCollection' ? 'collection' : type === 'Feature' ? 'feature' : 'geometry',
    opts.describeItem,
  );
  if (hasOwn(root, 'crs')) run.crs = true;

  const features: ImportFeature[] = [];
  let wrapped: ImportMessage | null = null;
  if (type === 'FeatureCollection') {
    const list = root.features;
    if (!Array.isArray(list)) {
      throw new Reject(list === undefined ? msg('featuresMissing') : msg('featuresKind', { kind: kindOf(list) }));
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
    wrapped = msg('singleFeature');
  } else {
    const geometry = checkGeometry(root, run, 0, []);
    if (geometry) run.byGeometry[geometry.type] = 1;
    features.push({ type: 'Feature', id: 0, geometry, properties: {} });
    wrapped = msg('bareGeometry', { type });
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
  const what = unit === 'bytes' ? byteSize(size) : msg('characters', { n: size });
  return { ok: false, error: msg('tooLarge', { size: what, limit: byteSize(limit) }) };
}

const fail = (error: ImportMessage): ImportFailure => ({ ok: false, error });

function validateText(text: string, size: number, opts: ValidateOptions): ImportResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark some editors write
  if (text.length === 0) return fail(msg('empty'));
  if (!/\S/.test(text)) return fail(msg('onlyWhitespace'));
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return fail(msg('binaryZeroChar', { at: describePosition(positionAt(text, nul)) }));

  const maxDepth = Math.min(opts.maxDepth ?? MAX_NESTING_DEPTH, 1000);
  const deep = findExcessiveNesting(text, maxDepth);
  if (deep) return fail(msg('nestsTooDeep', { max: maxDepth, at: describePosition(positionAt(text, deep.offset)) }));

  opts.onProgress?.('parse', 0);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const found = locateJsonSyntaxError(text);
    if (found) {
      const at = describePosition(positionAt(text, found.offset));
      return fail(msg('notJson', { problem: found.problem, at, near: excerptAt(text, found.offset) }));
    }
    return fail(msg('notJsonEngine', { why: e instanceof Error ? e.message : String(e) }));
  }
  opts.onProgress?.('parse', 1);
  return validateParsed(root, size, opts);
}

function guard(work: () => ImportResult): ImportResult {
  try {
    return work();
  } catch (e) {
    if (e instanceof Reject) return fail(e.message);
    return fail(unexpectedFailure(e));
  }
}

/** The message for an error no check foresaw: too big or complex for the engine (RangeError), or a fault of ours. */
export function unexpectedFailure(e: unknown): ImportMessage {
  if (e instanceof RangeError) return msg('tooComplex', { why: e.message });
  return msg('unexpectedError', { why: e instanceof Error ? e.message : String(e) });
}

/** Validates GeoJSON given as text (already decoded). Never throws. */
export function validateGeoJsonText(text: string, opts: ValidateOptions = {}): ImportResult {
  return guard(() => {
    if (typeof text !== 'string') return fail(msg('noText'));
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
    if (bytes.byteLength === 0) return fail(msg('empty'));
    const binary = sniffBinary(bytes);
    if (binary) return fail(binary);
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
  { ok: true; geometry: Geometry | null; bbox: [number, number, number, number] | null } | { ok: false; error: ImportMessage };

/**
 * Checks one geometry given on its own (a CSV cell's GeoJSON or WKT), naming it `label` in messages.
 * Returns a fresh geometry (null when empty) and its extent. Never throws.
 */
export function checkGeometryValue(g: unknown, label: ImportMessage): GeometryCheck {
  const run = newRun('geometry', () => label);
  try {
    const geometry = checkGeometry(g, run, 0, []);
    return { ok: true, geometry, bbox: run.west <= run.east ? [run.west, run.south, run.east, run.north] : null };
  } catch (e) {
    if (e instanceof Reject) return { ok: false, error: e.message };
    return { ok: false, error: located(label, msg('geometryUnreadable', { why: e instanceof Error ? e.message : String(e) })) };
  }
}

/** What a located problem says without its place (`at` already named), or the whole message. */
export function withoutPlace(problem: ImportMessage, at: ImportMessage): ImportMessage {
  return problem.key === 'located' && problem.vars?.at === at ? (problem.vars.what as ImportMessage) : problem;
}

/** The exact message for a file over the limit, for callers that refuse before reading it. */
export function oversizeError(size: number, limit = MAX_IMPORT_BYTES): ImportFailure {
  return sizeError(size, limit, 'bytes');
}
