// The assessment's panels, fetched on first use and mounted by an action, so they add nothing to the start-up bundle (no dynamic-component or await block there).
import { mount, unmount, type Component } from 'svelte';

type Which = 'figures' | 'legend' | 'control';
type Props = Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loaders: Record<Which, () => Promise<{ default: Component<any> }>> = {
  figures: () => import('./AssessedFigures.svelte'),
  legend: () => import('./AssessLegend.svelte'),
  control: () => import('./AssessControl.svelte'),
};

/** Fetches a panel's code ahead of need (e.g. once an assessment is applied). */
export function preloadPanel(which: Which): void {
  void loaders[which]();
}

/** The props a mounted panel reads: replaced as a whole when the action's parameter changes. */
class Current {
  props = $state.raw<Props>({});
}

/** `use:assessPanel={['figures', { app, claim }]}`: mounts the panel into the element once its code is here. */
export function assessPanel(node: HTMLElement, [which, props]: [Which, Props]) {
  const current = new Current();
  current.props = props;
  let instance: Record<string, unknown> | null = null;
  let gone = false;
  void loaders[which]().then((m) => {
    if (gone) return;
    const live: Props = {};
    for (const key of Object.keys(props)) Object.defineProperty(live, key, { get: () => current.props[key], enumerable: true });
    instance = mount(m.default, { target: node, props: live });
  });
  return {
    update([, next]: [Which, Props]) {
      current.props = next;
    },
    destroy() {
      gone = true;
      if (instance) void unmount(instance);
    },
  };
}
