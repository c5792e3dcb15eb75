// Which assessed figures stand beside a claim (the ones its card lists), and those figures in the export's terms.
import type { AssessedDateBasis, AssessedFigure } from '../export/claimRecord';
import type { Claim } from '../model/types';
import { claimDay } from './dates';
import type { Figure } from './figures';
import { pickDate, type PickedDate } from './pick';
import { ASSESSED_KINDS, type AssessSeries } from './store.svelte';

export interface PlannedFigure {
  /** "series|date|place": the key the figure is kept under in assess.figures. */
  key: string;
  series: AssessSeries;
  date: string;
  basis: PickedDate['basis'];
  place: string;
}

/** Places an assessment is measured for: Ukraine as a whole and its first-level units (sites are points). */
export const isMeasuredPlace = (place: string): boolean => place === 'UA' || place.startsWith('UA-');

/**
 * The figures the card sets beside a claim, in its order: none unless the claim is of a kind an
 * assessment of control is set beside; else, for each series, the date picked for the claim's date,
 * and each measured place of the claim.
 */
export function plannedFigures(claim: Claim, series: readonly AssessSeries[]): PlannedFigure[] {
  if (!ASSESSED_KINDS.has(claim.kind)) return [];
  const places = claim.places.filter(isMeasuredPlace);
  if (places.length === 0) return [];
  const day = claimDay(claim.event_date);
  const out: PlannedFigure[] = [];
  for (const s of series) {
    const picked = pickDate(s.dates, day);
    if (!picked) continue;
    for (const place of places)
      out.push({ key: `${s.key}|${picked.date}|${place}`, series: s, date: picked.date, basis: picked.basis, place });
  }
  return out;
}

const BASIS: Record<PickedDate['basis'], AssessedDateBasis> = {
  'on-or-before': 'on-or-before',
  undated: 'latest-undated',
  'before-series': 'latest-before-series',
};

export interface FigurePlan {
  /** Each claim that has figures, by id, with its figures in the card's order. */
  byClaim: [string, PlannedFigure[]][];
  /** The figures they need, each once. */
  distinct: PlannedFigure[];
}

/** The figures a list of claims needs. */
export function planFigures(claims: readonly Claim[], series: readonly AssessSeries[]): FigurePlan {
  const byClaim = claims.map((c): [string, PlannedFigure[]] => [c.id, plannedFigures(c, series)]).filter(([, p]) => p.length > 0);
  const distinct = [...new Map(byClaim.flatMap(([, p]) => p).map((p) => [p.key, p])).values()];
  return { byClaim, distinct };
}

/** Every claim's figures as the export writes them, from the worked-out figure of each key (all must be there). */
export function exportedFigures(plan: FigurePlan, figureOf: (key: string) => Figure): Map<string, AssessedFigure[]> {
  return new Map(plan.byClaim.map(([id, planned]) => [id, planned.map((p) => exportedFigure(p, figureOf(p.key)))]));
}

/** A planned figure with its worked-out numbers, as the export writes it: named by the series' name, never as fact. */
export function exportedFigure(planned: PlannedFigure, figure: Figure): AssessedFigure {
  return {
    place: planned.place,
    by: planned.series.name,
    on: planned.date,
    basis: BASIS[planned.basis],
    share: figure.share,
    km2: figure.insideKm2,
  };
}
