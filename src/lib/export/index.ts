// What the app imports for Export: claims as GeoJSON or CSV, the map as PNG, and saving a file.
export {
  ASSESSED_COLUMNS,
  CLAIM_COLUMNS,
  NO_BYLINE_NOTE,
  WHOLE_COUNTRY_NAME,
  type AssessedColumn,
  type AssessedDateBasis,
  type AssessedFigure,
  type AssessedFigures,
  type AssessedRecord,
  type ClaimColumn,
  type ClaimRecord,
  type ExportPlace,
} from './claimRecord';
export { claimsToGeoJson, claimsGeoJsonText, type ClaimFeature, type ClaimFeatureProperties } from './claimsGeojson';
export { claimsToCsv, CSV_BOM, CSV_EOL, CSV_LIST_SEPARATOR } from './claimsCsv';
export { downloadBlob, downloadText, exportFileName, MIME } from './download';
export { composeMapPng, DEFAULT_NOTE, wrapText, type LegendEntry, type MapPngOptions } from './mapPng';
export { pngCaption, MAX_SOURCES_NAMED, type CaptionInput, type CaptionText } from './pngCaption';
