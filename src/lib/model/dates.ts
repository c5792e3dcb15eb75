// Event dates as the source gives them: formatting at their own precision, and ranges for the timeline.
import type { EventDate } from './types';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_UK = [
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
];
const MONTHS_UK_NOMINATIVE = [
  'січень',
  'лютий',
  'березень',
  'квітень',
  'травень',
  'червень',
  'липень',
  'серпень',
  'вересень',
  'жовтень',
  'листопад',
  'грудень',
];

/** "4 July 2025", "July 2025", "2022" — never more precise than the date itself. Null when unknown. */
export function formatEventDate(date: EventDate, lang: 'en' | 'uk' = 'en'): string | null {
  if (!date.value || date.precision === 'unknown') return null;
  const [y, m, d] = date.value.split('-');
  const month = m ? Number(m) - 1 : -1;
  if (date.precision === 'year') return y;
  if (date.precision === 'month') {
    return lang === 'uk' ? `${MONTHS_UK_NOMINATIVE[month]} ${y}` : `${MONTHS_EN[month]} ${y}`;
  }
  return lang === 'uk' ? `${Number(d)} ${MONTHS_UK[month]} ${y}` : `${Number(d)} ${MONTHS_EN[month]} ${y}`;
}

/** First and last day an event date can mean, as "YYYY-MM-DD" strings (which sort as dates). */
export function dateSpan(date: EventDate): { start: string; end: string } | null {
  if (!date.value || date.precision === 'unknown') return null;
  const [y, m, d] = date.value.split('-');
  if (date.precision === 'year') return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (date.precision === 'month') {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-${m}-${d}`, end: `${y}-${m}-${d}` };
}

/** A month range "YYYY-MM".."YYYY-MM"; either end may be open. */
export interface MonthRange {
  from: string | null;
  to: string | null;
}

/** Whether a dated event overlaps the range. Undated events are decided by the caller. */
export function overlapsRange(date: EventDate, range: MonthRange): boolean | null {
  const span = dateSpan(date);
  if (!span) return null;
  if (range.from && span.end < `${range.from}-01`) return false;
  if (range.to && span.start > `${range.to}-31`) return false;
  return true;
}
