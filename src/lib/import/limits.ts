// Import limits, in a module of their own so the page can show them without loading the validator.

/**
 * Largest file accepted: 250 MB, room for an ACLED-sized event export (250 000 rows, ~60 MB) several
 * times over. Files are read in slices (never held whole as bytes and as text at once), and a parsed
 * feature costs several times its text in memory in the worker, the page and the map's worker, so the
 * biggest files are for desktop browsers.
 */
export const MAX_IMPORT_BYTES = 250 * 1024 * 1024;

/** The file input's accept list: every format the import reads, by extension and media type. */
export const IMPORT_ACCEPT = [
  '.geojson',
  '.json',
  '.topojson',
  '.kml',
  '.kmz',
  '.gpx',
  '.csv',
  '.tsv',
  '.txt',
  'application/geo+json',
  'application/json',
  'application/vnd.google-earth.kml+xml',
  'application/vnd.google-earth.kmz',
  'application/gpx+xml',
  'text/csv',
  'text/tab-separated-values',
].join(',');

/** The formats, named for people, in the order the hint lists them. */
export const IMPORT_FORMAT_NAMES = 'GeoJSON, TopoJSON, KML, KMZ, GPX, CSV or TSV';

/**
 * Deepest array/object nesting accepted: 64. A FeatureCollection's MultiPolygon positions sit 7 levels
 * deep ({ features [ { geometry { coordinates [ [ [ [); the rest is room for nested
 * GeometryCollections and structured property values. Far beyond any real file, far below what
 * would endanger the stack in our recursive walks.
 */
export const MAX_NESTING_DEPTH = 64;

/** Files at least this big report progress (smaller ones finish before a progress bar could be read). */
export const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;

/** The one property a table layer's features carry: their row's index in the layer's packed rows. */
export const TABLE_ROW_KEY = '__row__';
