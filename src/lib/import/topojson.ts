// TopoJSON → GeoJSON: every object of a Topology becomes features, each marked with the object it came from.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { msg, type ImportMessage } from './message.ts';

export type TopologyConversion =
  | {
      ok: true;
      collection: { type: 'FeatureCollection'; features: unknown[] };
      notice: ImportMessage;
      describeItem: (index: number) => ImportMessage;
    }
  | { ok: false; error: ImportMessage };

const fail = (error: ImportMessage): TopologyConversion => ({ ok: false, error });
const nameOf = (name: string, max = 60): string => JSON.stringify(name).slice(0, max);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberPair = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** The property that names a feature's TopoJSON object, so a layer made of several objects can be told apart. */
export const TOPOJSON_OBJECT_PROPERTY = 'topojson_object';

/**
 * Converts every object of a Topology (objects: { counties: …, states: … }) into one FeatureCollection.
 * The shape is checked first so topojson-client never indexes into something that is not there;
 * anything it still cannot read is reported with the object's name.
 */
export function topologyToCollection(root: Record<string, unknown>): TopologyConversion {
  const objects = root.objects;
  if (!isObject(objects)) {
    return fail(msg(objects === undefined ? 'topoObjectsMissing' : 'topoObjectsNotObject'));
  }
  const names = Object.keys(objects);
  if (names.length === 0) return fail(msg('topoNoObjects'));
  if (!Array.isArray(root.arcs)) return fail(msg('topoNoArcs'));
  if (root.transform !== undefined) {
    const t = root.transform;
    if (!isObject(t) || !isNumberPair(t.scale) || !isNumberPair(t.translate)) return fail(msg('topoBadTransform'));
  }
  const arcCount = root.arcs.length;
  for (let i = 0; i < arcCount; i++) {
    const arc: unknown = root.arcs[i];
    if (
      !Array.isArray(arc) ||
      !arc.every((p) => Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x)))
    ) {
      return fail(msg('topoBadArc', { arc: String(i) }));
    }
  }

  const features: unknown[] = [];
  const counts: ImportMessage[] = [];
  const origin: string[] = [];
  for (const name of names) {
    const object = objects[name];
    if (!isObject(object) || typeof object.type !== 'string') return fail(msg('topoObjectNotGeometry', { name: nameOf(name) }));
    const problem = checkArcRefs(object, arcCount, 0);
    if (problem) return fail(msg('topoObjectProblem', { name: nameOf(name), problem }));
    let converted: unknown;
    try {
      converted = feature(root as unknown as Topology, object as never);
    } catch (e) {
      return fail(msg('topoObjectUnconverted', { name: nameOf(name), why: e instanceof Error ? e.message : String(e) }));
    }
    const list: unknown[] = isObject(converted) && Array.isArray(converted.features) ? converted.features : [converted];
    for (const f of list) {
      if (isObject(f)) {
        const props = isObject(f.properties) ? f.properties : {};
        // The object's name goes first, then the object's own properties (which win if they use the same name).
        f.properties = { [TOPOJSON_OBJECT_PROPERTY]: name, ...props };
      }
      features.push(f);
      origin.push(name);
    }
    counts.push(msg('topoObjectCount', { name: nameOf(name, 40), n: list.length }));
  }
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    notice: msg('topoImported', { n: names.length, objects: counts, property: TOPOJSON_OBJECT_PROPERTY }),
    describeItem: (i) => msg('topoFeatureAt', { n: String(i + 1), index: String(i), name: nameOf(origin[i] ?? '', 40) }),
  };
}

const ARC_TYPES: Record<string, number> = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** Says which arc index is out of range or not an integer, before topojson-client would read past the end. */
function checkArcRefs(object: Record<string, unknown>, arcCount: number, depth: number): ImportMessage | null {
  if (depth > 32) return msg('topoTooDeep');
  const type = object.type;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(object.geometries)) return msg('topoGeometriesNotArray');
    for (const g of object.geometries) {
      if (!isObject(g)) return msg('topoMemberNotObject');
      const p = checkArcRefs(g, arcCount, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (type === 'Point' || type === 'MultiPoint') return null;
  if (type === null) return null;
  const levels = typeof type === 'string' ? ARC_TYPES[type] : undefined;
  if (levels === undefined) return null; // unknown types are reported by the GeoJSON checks after conversion
  const walk = (v: unknown, level: number): ImportMessage | null => {
    if (level === 0) {
      if (typeof v !== 'number' || !Number.isInteger(v))
        return msg('topoArcRefNotInteger', { ref: String(JSON.stringify(v)?.slice(0, 30)) });
      const index = v < 0 ? ~v : v;
      return index < arcCount ? null : msg('topoArcOutOfRange', { arc: String(v), count: arcCount });
    }
    if (!Array.isArray(v)) return msg('topoArcsNesting', { levels, type: String(type) });
    for (const x of v) {
      const p = walk(x, level - 1);
      if (p) return p;
    }
    return null;
  };
  return walk(object.arcs, levels);
}
