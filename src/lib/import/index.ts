// Public surface of the file import: what the layer panel and the map need, and nothing else.
export { importFile, importGeoJsonFile, type ImportOptions, type ImportOutcome } from './client.ts';
export { parseFile, detectFormat, type ImportFormat } from './parseFile.ts';
export type { ImportProgress } from './protocol.ts';
export {
  validateGeoJsonText,
  validateGeoJsonBytes,
  oversizeError,
  MAX_IMPORT_BYTES,
  MAX_NESTING_DEPTH,
  PROGRESS_MIN_BYTES,
  RENAMED_KEY_SUFFIX,
  GEOMETRY_TYPES,
  type GeometryType,
  type ImportCollection,
  type ImportFeature,
  type ImportFailure,
  type ImportPhase,
  type ImportResult,
  type ImportStats,
  type ImportSuccess,
  type ValidateOptions,
} from './validate.ts';
export {
  safeHref,
  propertyRows,
  layerNameFromFile,
  uniqueLayerName,
  MAX_VALUE_CHARS,
  FALLBACK_LAYER_NAME,
  type PropertyRow,
} from './display.ts';
export { formatBytes } from './bytes.ts';
