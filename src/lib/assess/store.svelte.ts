// Which imported layers are used as assessments of control, and the figures worked out so far. Small on purpose: it is in the start-up bundle; the work is in engine.ts and the worker, loaded on first use.
import type { ClaimKind } from '../model/types';
import type { Figure } from './figures';
import type { PlaceNames } from './protocol';
import { monthEnd, pickDate, type PickedDate } from './pick';

/** Claim kinds an assessment of control is set beside. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fixed list, never changed
export const ASSESSED_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'control',
  'advance',
  'defence',
  'annexation',
  'territory',
]);

/** How a reader marked one imported layer. */
export interface AssessMark {
  /** Who made the assessment, as the reader typed it ("DeepStateMap"). */
  by: string;
  /** The layer's assessment date, for features that carry no `date` of their own. */
  date: string | null;
  /** Licence or source note, as typed. */
  note: string;
}

/** One named source's assessments: one or more files, each date a snapshot. */
export interface AssessSeries {
  /** The name folded (trimmed, lower case): files marked with the same name join one series. */
  key: string;
  name: string;
  notes: string[];
  /** Dates with an assessed area, ascending. */
  dates: string[];
  layerIds: string[];
}

export type FigureEntry =
  { state: 'loading' } | { state: 'ready'; figure: Figure; names: PlaceNames; ms: number } | { state: 'error'; error: string };

export class AssessStore {
  marks = $state.raw<Record<string, AssessMark>>({});
  series = $state.raw<AssessSeries[]>([]);
  /** Key of the series drawn on the map and named in the link. */
  activeKey = $state<string | null>(null);
  /** Figures by "series|date|place". */
  figures = $state<Record<string, FigureEntry>>({});
  /** An assessment the link names: { name, date }; applied when a series of that name is marked. */
  requested = $state.raw<{ name: string; date: string } | null>(null);

  active = $derived(this.series.find((s) => s.key === this.activeKey) ?? this.series[this.series.length - 1] ?? null);

  /** The active series' date for the timeline's end month (null: no end set), or null with no series. */
  shownFor(toMonth: string | null): (PickedDate & { series: AssessSeries }) | null {
    const s = this.active;
    if (!s || s.dates.length === 0) return null;
    const end = toMonth ? monthEnd(toMonth) : null;
    if (!end && this.requested && this.requested.name.trim().toLowerCase() === s.key && s.dates.includes(this.requested.date)) {
      return { date: this.requested.date, basis: 'on-or-before', series: s };
    }
    const picked = pickDate(s.dates, end);
    return picked ? { ...picked, series: s } : null;
  }
}

export const assess = new AssessStore();
