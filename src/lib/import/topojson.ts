// TopoJSON → GeoJSON: every object of a Topology becomes features, each marked with the object it came from.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export type TopologyConversion =
  | {
      ok: true;
      collection: { type: 'FeatureCollection'; features: unknown[] };
      notice: string;
      describeItem: (index: number) => string;
    }
  | { ok: false; error: string };

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
    return {
      ok: false,
      error: `This is TopoJSON, but its "objects" ${objects === undefined ? 'member is missing' : 'is not an object'}; it must map names to geometry objects.`,
    };
  }
  const names = Object.keys(objects);
  if (names.length === 0) return { ok: false, error: 'This is TopoJSON with no objects in it; there is nothing to import.' };
  if (!Array.isArray(root.arcs))
    return { ok: false, error: 'This is TopoJSON, but its "arcs" member is missing or not an array.' };
  if (root.transform !== undefined) {
    const t = root.transform;
    if (!isObject(t) || !isNumberPair(t.scale) || !isNumberPair(t.translate)) {
      return {
        ok: false,
        error: 'This is TopoJSON, but its "transform" is not {"scale": [x, y], "translate": [x, y]} with numbers.',
      };
    }
  }
  const arcCount = root.arcs.length;
  for (let i = 0; i < arcCount; i++) {
    const arc: unknown = root.arcs[i];
    if (
      !Array.isArray(arc) ||
      !arc.every((p) => Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x)))
    ) {
      return { ok: false, error: `This is TopoJSON, but arc ${i} is not a list of positions (pairs of numbers).` };
    }
  }

  const features: unknown[] = [];
  const counts: string[] = [];
  const origin: string[] = [];
  for (const name of names) {
    const object = objects[name];
    if (!isObject(object) || typeof object.type !== 'string') {
      return { ok: false, error: `TopoJSON object ${JSON.stringify(name).slice(0, 60)} is not a geometry object with a "type".` };
    }
    const problem = checkArcRefs(object, arcCount, 0);
    if (problem) return { ok: false, error: `TopoJSON object ${JSON.stringify(name).slice(0, 60)}: ${problem}` };
    let converted: unknown;
    try {
      converted = feature(root as unknown as Topology, object as never);
    } catch (e) {
      return {
        ok: false,
        error: `TopoJSON object ${JSON.stringify(name).slice(0, 60)} could not be converted (${e instanceof Error ? e.message : String(e)}).`,
      };
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
    counts.push(`${JSON.stringify(name).slice(0, 40)} (${list.length})`);
  }
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    notice: `TopoJSON: ${names.length === 1 ? 'its object' : `all ${names.length} objects`} ${counts.join(', ')} ${names.length === 1 ? 'was' : 'were'} imported; the "${TOPOJSON_OBJECT_PROPERTY}" property names each feature's object.`,
    describeItem: (i) => `Feature ${i + 1} (index ${i}, object ${JSON.stringify(origin[i] ?? '').slice(0, 40)})`,
  };
}

const ARC_TYPES: Record<string, number> = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** Says which arc index is out of range or not an integer, before topojson-client would read past the end. */
function checkArcRefs(object: Record<string, unknown>, arcCount: number, depth: number): string | null {
  if (depth > 32) return 'geometry collections nest too deeply.';
  const type = object.type;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(object.geometries)) return 'its "geometries" is not an array.';
    for (const g of object.geometries) {
      if (!isObject(g)) return 'a member of "geometries" is not an object.';
      const p = checkArcRefs(g, arcCount, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (type === 'Point' || type === 'MultiPoint') return null;
  if (type === null) return null;
  const levels = typeof type === 'string' ? ARC_TYPES[type] : undefined;
  if (levels === undefined) return null; // unknown types are reported by the GeoJSON checks after conversion
  const walk = (v: unknown, level: number): string | null => {
    if (level === 0) {
      if (typeof v !== 'number' || !Number.isInteger(v))
        return `an arc reference ${JSON.stringify(v)?.slice(0, 30)} is not a whole number.`;
      const index = v < 0 ? ~v : v;
      return index < arcCount ? null : `it refers to arc ${v}, but the topology has ${arcCount} arcs.`;
    }
    if (!Array.isArray(v))
      return `its "arcs" is not nested ${levels} level${levels === 1 ? '' : 's'} deep as a ${String(type)} needs.`;
    for (const x of v) {
      const p = walk(x, level - 1);
      if (p) return p;
    }
    return null;
  };
  return walk(object.arcs, levels);
}
