// The assessment's panels, fetched on first use so that they add nothing to the start-up bundle.
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loaded = Component<any>;
type Which = 'figures' | 'legend' | 'control';

const loaders: Record<Which, () => Promise<{ default: Loaded }>> = {
  figures: () => import('./AssessedFigures.svelte'),
  legend: () => import('./AssessLegend.svelte'),
  control: () => import('./AssessControl.svelte'),
};

class Lazy {
  figures = $state.raw<Loaded | null>(null);
  legend = $state.raw<Loaded | null>(null);
  control = $state.raw<Loaded | null>(null);
}

const lazy = new Lazy();
const asked = new Set<Which>();

/** The component if it has loaded (reactive); asks for it the first time. */
export function lazyPanel(which: Which): Loaded | null {
  if (!asked.has(which)) {
    asked.add(which);
    void loaders[which]().then(
      (m) => (lazy[which] = m.default),
      () => asked.delete(which),
    );
  }
  return lazy[which];
}
