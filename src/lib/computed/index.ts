// What the app may import from computed/: the JSON's type, the loader and the formatters (never compute.ts, which pulls in turf).
export type { ComputedData, ComputedItem, ComputedReference, ComputedUnit } from './types';
export { loadComputed } from './load';
export {
  computedForClaim,
  computedForPlace,
  computedItem,
  computedLabel,
  computedMethod,
  formatComputed,
  formatComputedLine,
  formatNumber,
  formatReference,
  formatValue,
  type ComputedLang,
} from './format';
