// Second opinion on a rebuilt FeatureCollection from geojson-validation, with its terse trace turned into plain words.
import gjv from 'geojson-validation';

// Its messages, and what they mean to someone who has never read the GeoJSON spec.
const PHRASES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Position must be at least two elements/, () => 'a position has fewer than two numbers (it needs longitude and latitude)'],
  [
    /^Position must only contain numbers\. Item (.*) at index (\d+) is invalid/,
    (m) => `a coordinate is not a number (${m[1]} at place ${m[2]} of its position)`,
  ],
  [/^Position must be an array/, () => 'a position is not an array of numbers'],
  [
    /^The first and last positions must be equivalent/,
    () => 'a polygon ring is not closed (its first and last positions differ)',
  ],
  [/^coordinates must have at least four positions/, () => 'a polygon ring has fewer than 4 positions'],
  [/^coordinates must have at least two elements/, () => 'a line has fewer than 2 positions'],
  [/^coordinates must be an array/, () => '"coordinates" is not an array'],
  [/^"?geometries"? must be an array/, () => '"geometries" is not an array'],
  [/^"Features" must be an array/, () => '"features" is not an array'],
  [
    /^must have a member with the name "(\w+)"/,
    (m) => `the "${m[1]!.toLowerCase() === 'features' ? 'features' : m[1]}" member is missing`,
  ],
  [/^type must be one of/, () => 'its "type" is not a GeoJSON type'],
  [/^type must be "(\w+)"/, (m) => `its "type" should be "${m[1]}"`],
  [/^must be a JSON Object/, () => 'an item is not a JSON object'],
  [/^bbox/, () => 'its "bbox" is not an array of 2×n numbers'],
];

/**
 * Turns one geojson-validation trace line, checked against a FeatureCollection, into a located message.
 * Its lines read like 'at 3: at 0: The first and last positions must be equivalent': the first index
 * is the feature, the rest walk into the geometry.
 */
export function translateValidatorMessage(raw: string): string {
  let rest = raw;
  const path: number[] = [];
  for (let m = /^at (\d+): /.exec(rest); m; m = /^at (\d+): /.exec(rest)) {
    path.push(Number(m[1]));
    rest = rest.slice(m[0].length);
  }
  let what = `the GeoJSON validator reports: ${rest}`;
  for (const [re, say] of PHRASES) {
    const m = re.exec(rest);
    if (m) {
      what = say(m);
      break;
    }
  }
  if (path.length === 0) return `The FeatureCollection is not valid GeoJSON: ${what}.`;
  const [feature, ...inner] = path as [number, ...number[]];
  const within = inner.length ? ` (at element ${inner.join(' › ')} of its geometry)` : '';
  return `Feature ${feature + 1} (index ${feature}): ${what}${within}.`;
}

/** Null when geojson-validation accepts the collection, else the first problem in plain words. */
export function crossCheckFeatureCollection(fc: unknown): string | null {
  let trace: string[];
  try {
    trace = gjv.isFeatureCollection(fc, true);
  } catch (e) {
    // It indexes into arrays it has not length-checked (an empty ring throws); that still means "invalid".
    return `The GeoJSON validator could not read this data (${e instanceof Error ? e.message : String(e)}).`;
  }
  if (!Array.isArray(trace) || trace.length === 0) return null;
  return translateValidatorMessage(String(trace[0]));
}
