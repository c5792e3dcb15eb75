// Loads geodata/computed.json on demand, as its own chunk, so the figures cost nothing at start-up.
import type { ComputedData } from './types';

let pending: Promise<ComputedData> | null = null;

/** The computed figures; the first call fetches the chunk, later calls share it. */
export function loadComputed(): Promise<ComputedData> {
  // A dynamic import makes Vite emit the JSON as a separate chunk fetched only when first asked for.
  pending ??= import('../../../geodata/computed.json').then((m) => m.default as ComputedData);
  return pending;
}
