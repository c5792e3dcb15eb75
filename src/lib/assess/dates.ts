// Dates of an assessment: read from a feature's `date` property or a file name, and picked for a claim's date.
import type { EventDate } from '../model/types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-07-04" if y, m, d make a real calendar day (1900–2100), else null. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

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

/** The last day of a timeline month "YYYY-MM". */
export function monthEnd(month: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? isoDay(Number(m[1]), Number(m[2]), new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate()) : null;
}

export interface PickedDate {
  date: string;
  /**
   * Why this date: "on-or-before" the claim's date; "latest" because the claim has no date ("undated")
   * or is earlier than every assessment ("before-series").
   */
  basis: 'on-or-before' | 'undated' | 'before-series';
}

/**
 * The assessment for a day: the one on that day or nearest before it; with no day, or a day before
 * the whole series, the latest one, labelled so. `dates` sorted ascending, not empty.
 */
export function pickDate(dates: readonly string[], day: string | null): PickedDate | null {
  if (dates.length === 0) return null;
  const latest = dates[dates.length - 1];
  if (!day) return { date: latest, basis: 'undated' };
  let lo = 0;
  let hi = dates.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] <= day) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best < 0 ? { date: latest, basis: 'before-series' } : { date: dates[best], basis: 'on-or-before' };
}
