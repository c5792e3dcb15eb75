// Import limits, in a module of their own so the page can show them without loading the validator.

/**
 * Largest file accepted: 50 MB. The 100 000-point target is ~15 MB; a parsed feature costs several
 * times its text in memory, and the page, the parse worker and the map's worker each hold a copy,
 * so much more than 50 MB would put a laptop browser tab at risk.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Deepest array/object nesting accepted: 64. A FeatureCollection's MultiPolygon positions sit 7 levels
 * deep ({ features [ { geometry { coordinates [ [ [ [); the rest is room for nested
 * GeometryCollections and structured property values. Far beyond any real file, far below what
 * would endanger the stack in our recursive walks.
 */
export const MAX_NESTING_DEPTH = 64;

/** Files at least this big report progress (smaller ones finish before a progress bar could be read). */
export const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;
