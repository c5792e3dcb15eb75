// Second opinion on a rebuilt FeatureCollection from geojson-validation, with its terse trace turned into plain words.
import gjv from 'geojson-validation';

import { featureAt, msg, type ImportMessage } from './message.ts';
import type { MessageKey } from './messageText.ts';

// Its messages, and what they mean to someone who has never read the GeoJSON spec.
const PHRASES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => ImportMessage]> = [
  [/^Position must be at least two elements/, () => msg('gjvShortPosition')],
  [
    /^Position must only contain numbers\. Item (.*) at index (\d+) is invalid/,
    (m) => msg('gjvNotNumber', { item: m[1]!, place: m[2]! }),
  ],
  [/^Position must be an array/, () => msg('gjvPositionNotArray')],
  [/^The first and last positions must be equivalent/, () => msg('gjvRingNotClosed')],
  [/^coordinates must have at least four positions/, () => msg('gjvRingTooShort')],
  [/^coordinates must have at least two elements/, () => msg('gjvLineTooShort')],
  [/^coordinates must be an array/, () => msg('gjvCoordinatesNotArray')],
  [/^"?geometries"? must be an array/, () => msg('gjvGeometriesNotArray')],
  [/^"Features" must be an array/, () => msg('gjvFeaturesNotArray')],
  [
    /^must have a member with the name "(\w+)"/,
    (m) => msg('gjvMissingMember', { member: m[1]!.toLowerCase() === 'features' ? 'features' : m[1]! }),
  ],
  [/^type must be one of/, () => msg('gjvBadType')],
  [/^type must be "(\w+)"/, (m) => msg('gjvTypeShouldBe', { type: m[1]! })],
  [/^must be a JSON Object/, () => msg('gjvNotObject')],
  [/^bbox/, () => msg('gjvBadBbox')],
];

/**
 * Turns one geojson-validation trace line, checked against a FeatureCollection, into a located message.
 * Its lines read like 'at 3: at 0: The first and last positions must be equivalent': the first index
 * is the feature, the rest walk into the geometry.
 */
export function translateValidatorMessage(raw: string): ImportMessage {
  let rest = raw;
  const path: number[] = [];
  for (let m = /^at (\d+): /.exec(rest); m; m = /^at (\d+): /.exec(rest)) {
    path.push(Number(m[1]));
    rest = rest.slice(m[0].length);
  }
  let what = msg('gjvReports', { text: rest });
  for (const [re, say] of PHRASES) {
    const m = re.exec(rest);
    if (m) {
      what = say(m);
      break;
    }
  }
  if (path.length === 0) return msg('gjvCollection', { what });
  const [feature, ...inner] = path as [number, ...number[]];
  const key: MessageKey = inner.length ? 'gjvFeatureWithin' : 'gjvFeature';
  return msg(key, { at: featureAt(feature), what, path: inner.join(' › ') });
}

/** Null when geojson-validation accepts the collection, else the first problem. */
export function crossCheckFeatureCollection(fc: unknown): ImportMessage | null {
  let trace: string[];
  try {
    trace = gjv.isFeatureCollection(fc, true);
  } catch (e) {
    // It indexes into arrays it has not length-checked (an empty ring throws); that still means "invalid".
    return msg('gjvCrashed', { why: e instanceof Error ? e.message : String(e) });
  }
  if (!Array.isArray(trace) || trace.length === 0) return null;
  return translateValidatorMessage(String(trace[0]));
}
