// Dates of an assessment: read from a feature's `date` property or a file name, and picked for a claim's date.
import type { EventDate } from '../model/types';
import { isoDay } from './pick';

export { isoDay, monthEnd, pickDate, type PickedDate } from './pick';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid "YYYY-MM-DD" string, as given, or null. */
export function validDay(value: string): string | null {
  const m = ISO_DAY.exec(value.trim());
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * The date a file name carries: "..._20250704.geojson", "front-2025-07-04.kml", "2025_07_04", "2025.07.04".
 * Digits that are part of a longer number are not read as a date; the last date in the name wins.
 */
export function dateFromFileName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, '');
  const re = /(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)/g;
  let found: string | null = null;
  for (const m of base.matchAll(re)) {
    const day = isoDay(Number(m[1]), Number(m[3]), Number(m[4]));
    if (day) found = day;
  }
  return found;
}

/**
 * A feature's assessment date from its properties: `date` (or `Date`, `DATE`), as "YYYY-MM-DD",
 * "YYYYMMDD", an ISO date-time (its day is taken as written), or a number YYYYMMDD.
 */
export function featureDate(props: unknown): string | null {
  if (typeof props !== 'object' || props === null) return null;
  const p = props as Record<string, unknown>;
  const raw = p.date ?? p.Date ?? p.DATE;
  if (typeof raw === 'number' && Number.isInteger(raw)) return dateFromFileName(String(raw));
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

/**
 * The last day a claim's event date can mean: the day itself, the month's or the year's last day.
 * An assessment "on or before" the claim is one not after this day. Null when the claim has no date.
 */
export function claimDay(date: EventDate): string | null {
  const v = date.value;
  if (!v || date.precision === 'unknown') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return isoDay(Number(m[1]), Number(m[2]), new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate());
  m = /^(\d{4})$/.exec(v);
  if (m) return isoDay(Number(m[1]), 12, 31);
  return null;
}
