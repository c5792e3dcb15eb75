// Picks the assessment for a day (the one on it or nearest before), and the last day of a timeline month: the part of the dates the start-up bundle needs.

/** "2025-07-04" if y, m, d make a real calendar day (1900–2100), else null. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
