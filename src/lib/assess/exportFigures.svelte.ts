// Works out every assessed figure a list of claims shows and hands them over only once all are in, so an export never carries half of them.
import { untrack } from 'svelte';
import type { AssessedFigure } from '../export/claimRecord';
import type { Claim } from '../model/types';
import { exportedFigures, planFigures, type FigurePlan } from './claimFigures';
import { requestFigure } from './engine';
import type { Figure } from './figures';
import { assess, type AssessSeries } from './store.svelte';

/**
 * The figures of each claim that has any, by claim id, once every one of them is ready. The worker is
 * asked for those not yet known (the cache the cards use, so nothing is measured twice); `progress`
 * hears how many of the distinct figures are ready. If the assessment is changed meanwhile, the plan
 * follows it. Rejects with the worker's message if a figure cannot be worked out.
 */
export function figuresForClaims(
  claims: readonly Claim[],
  progress: (ready: number, total: number) => void = () => {},
): Promise<Map<string, AssessedFigure[]>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let stop = () => {};
    let planned: { series: readonly AssessSeries[]; plan: FigurePlan } | null = null;
    stop = $effect.root(() => {
      $effect(() => {
        if (settled) return;
        const series = assess.series;
        if (planned?.series !== series) planned = { series, plan: planFigures(claims, series) };
        const { plan } = planned;
        const ready: Record<string, Figure> = {};
        let count = 0;
        let failed: string | null = null;
        for (const p of plan.distinct) {
          const entry = assess.figures[p.key];
          if (!entry) untrack(() => requestFigure(p.series.key, p.date, p.place));
          else if (entry.state === 'ready') {
            ready[p.key] = entry.figure;
            count++;
          } else if (entry.state === 'error') failed ??= entry.error;
        }
        untrack(() => progress(count, plan.distinct.length));
        if (failed === null && count < plan.distinct.length) return;
        settled = true;
        // Not from inside the effect's own run: the root is torn down once it has finished.
        queueMicrotask(() => stop());
        if (failed !== null) reject(new Error(failed));
        else resolve(exportedFigures(plan, (key) => ready[key]));
      });
    });
  });
}
