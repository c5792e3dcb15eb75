// Every message the file import shows, in English and Ukrainian, and the one function that words a message for the reader.
//
// The import makes messages as keys and values (message.ts); only the page words them, here, in the
// interface's language. Plural forms use the interface strings' own syntax and Intl.PluralRules.
import { fillTemplate, type Lang } from '../i18n/strings';
import { formatBytes } from './bytes.ts';
import type { ImportMessage, MessageValue } from './message.ts';

const en = {
  // Reading the bytes
  notMapData: 'This file is {what}, not map data this viewer reads (GeoJSON, TopoJSON, KML, KMZ, GPX or CSV).{advice}',
  fileZip: 'a ZIP archive',
  fileEmptyZip: 'an empty ZIP archive',
  fileGzip: 'a gzip-compressed file',
  filePdf: 'a PDF document',
  filePng: 'a PNG image',
  fileJpeg: 'a JPEG image',
  fileGif: 'a GIF image',
  fileShapefile: 'an ESRI shapefile (.shp)',
  fileSqlite: 'an SQLite database',
  fileVideo: 'a video file',
  adviceZip: ' It may be a zipped shapefile or an office document; unzip it and choose the .geojson file inside.',
  adviceGzip: ' Decompress it first.',
  adviceShapefile: ' Convert it to GeoJSON first (e.g. with QGIS or ogr2ogr).',
  adviceSqlite: ' If it is a GeoPackage, export the layer as GeoJSON first.',
  utf16: 'This file is text saved as UTF-16; imported files must be UTF-8. Save it again as UTF-8 and retry.',
  binaryZeroByte:
    'This file looks like binary data, not a text file: it contains a zero byte at offset {offset}, which never occurs in a text file.',
  binaryControls: 'This file looks like binary data, not a text file: {n} control characters in its first {size}.',
  binaryNotUtf8: 'This file looks like binary data, not a text file: it is not readable as UTF-8 text.',
  aByte: 'a byte',
  notUtf8:
    'This file is not valid UTF-8 text: {byte} at byte offset {offset} (line {line}) does not form a character. Imported files must be UTF-8; if it was saved in another encoding (such as Windows-1252 or Latin-1), save it again as UTF-8.',
  notUtf8Plain: 'This file is not valid UTF-8 text.',
  cancelled: 'The import was cancelled.',
  unreadable: 'The file could not be read ({why}). It may have been moved, or the browser may not be allowed to read it.',
  binaryZeroWithin: 'This file looks like binary data, not a text file: it contains a zero byte within its first {size}.',
  // JSON syntax
  lineColumn: 'line {line}, column {column}',
  endOfFile: 'the end of the file',
  controlChar: 'a control character (code {code})',
  jsonEndsEarly: 'the file ends before the JSON is complete (is it cut short?)',
  jsonSingleQuotes: 'single quotes are not allowed in JSON; strings and property names need double quotes',
  jsonComments: 'comments are not allowed in JSON',
  jsonNaN: 'NaN is not a JSON value (use null or a number)',
  jsonInfinity: 'Infinity is not a JSON value (use a number)',
  jsonUndefined: 'undefined is not a JSON value (use null)',
  jsonUnexpected: 'unexpected {char} {context}',
  jsonUnicodeEscape: 'a \\u escape in a string needs four hexadecimal digits',
  jsonBadEscape: '{escape} is not a valid escape in a JSON string',
  jsonControlInString:
    '{char} inside a string (is a closing quote missing? line breaks and tabs in strings must be written as \\n and \\t)',
  jsonEndsInString: 'the file ends inside a string that starts here (is it cut short?)',
  jsonBadNumber: 'a number is malformed',
  jsonBadNumberHint: 'a number is malformed (JSON numbers have no leading zeros, hex, or trailing dot)',
  jsonTooDeep: 'the data nests too deeply',
  jsonTrailingCommaObject: 'a comma before "}" is not allowed in JSON (trailing comma)',
  jsonTrailingCommaArray: 'a comma before "]" is not allowed in JSON (trailing comma)',
  jsonUnquotedName: 'property names must be in double quotes',
  whereName: 'where a property name in double quotes was expected',
  whereColon: 'where ":" was expected after a property name',
  whereValue: 'where a property value was expected',
  whereAfterValue: 'where "," or "}" was expected after a property value (is a comma missing?)',
  whereElement: 'where an array element was expected',
  whereAfterElement: 'where "," or "]" was expected after an array element (is a comma missing?)',
  whereStart: 'where the data should start',
  jsonSecondValue:
    'a second JSON value follows the first (one object per line, "GeoJSON Lines", is not supported; wrap the features in a FeatureCollection)',
  jsonAfterEnd: 'unexpected {char} after the end of the JSON data',
  // GeoJSON structure and notices
  located: '{at}: {what}',
  kindArray: 'an array',
  kindString: 'a string ({value})',
  kindNumber: 'a number ({value})',
  kindObject: 'an object',
  kindMissing: 'missing',
  featureAt: 'Feature {n} (index {index})',
  theFeature: 'The feature',
  theGeometry: 'The geometry',
  collectionMember: '{at}, member {k} of its GeometryCollection',
  caseHint: ' Did you mean "{match}"? Type names are case-sensitive.',
  levelPoint: 'point {k}',
  levelPosition: 'position {k}',
  levelLine: 'line {k}',
  levelRing: 'ring {k}',
  levelPolygon: 'polygon {k}',
  levelsPoint: 'points',
  levelsPosition: 'positions',
  levelsLine: 'lines',
  levelsRing: 'rings',
  levelsPolygon: 'polygons',
  typePath: '{type} {path}',
  positionIsNot: '{what} is {kind}, not a position such as [longitude, latitude].',
  coordinatesAreNot: '{type} coordinates are {kind}, not a position such as [longitude, latitude].',
  positionNoNumbers: 'position {position} ({ctx}) has no numbers; a position needs a longitude and a latitude.',
  positionOneNumber: 'position {position} ({ctx}) has only one number; a position needs a longitude and a latitude.',
  coordinateNotNumber: 'coordinate {position} ({ctx}) contains {kind} where a number is required.',
  coordinateTooLarge: 'coordinate {position} ({ctx}) contains a number too large to use.',
  longitudeOutside: 'coordinate {position} ({ctx}) has a longitude outside -180…180.{hint}',
  latitudeOutside: 'coordinate {position} ({ctx}) has a latitude outside -90…90.{hint}',
  hintProjected:
    ' These look like projected metres (e.g. Web Mercator, EPSG:3857); GeoJSON needs longitude and latitude in degrees (WGS 84, EPSG:4326).',
  hintSwapped: ' Are longitude and latitude swapped? GeoJSON writes [longitude, latitude].',
  coordinatesMustBeArray: '{type} coordinates are {kind}, but must be an array of {expected}.',
  partMustBeArray: '{type} {path} is {kind}, but must be an array of {expected}.',
  lineOnePosition: '{what} has only one position; a line needs at least 2.',
  lineNoPositions: '{what} has no positions; a line needs at least 2.',
  ringOfPolygon: 'polygon ring {ring}',
  ringOfMultiPolygon: 'polygon {polygon}, ring {ring}',
  ringTooShort:
    '{ring} has {n, plural, one {# position} other {# positions}}; a ring needs at least 4 positions (a closed triangle repeats its first position at the end).',
  ringNotClosed: '{ring} is not closed (first {first} ≠ last {last}); a ring must end at the position where it starts.',
  geometryNotObject: '"geometry" must be an object or null, but it is {kind}.',
  geometryNoType: 'the geometry has no "type" member; expected one of {types}.',
  geometryTypeKind: 'the geometry has "type" {kind}; expected one of {types}.',
  geometryTypeUnknown: 'geometry type {type} is not a GeoJSON geometry type (expected one of {types}).{hint}',
  hintNotGeometry: ' A {type} cannot be used as a geometry.',
  geometriesMissing: 'the GeometryCollection\'s "geometries" member is missing; it must be an array of geometries.',
  geometriesKind: 'the GeometryCollection\'s "geometries" is {kind}; it must be an array of geometries.',
  collectionMemberNull: '{at} is null; a GeometryCollection may only hold geometries.',
  noCoordinates: 'the {type} geometry has no "coordinates" member.',
  featureNotObject: '{at} is {kind}, not a Feature object.',
  featureIsGeometry:
    '{at} is a bare {type} geometry; each item in "features" must be a Feature: {"type": "Feature", "geometry": …, "properties": …}.',
  featureNoType: '{at} has no "type" member; each item in "features" must have "type": "Feature".',
  featureWrongType: '{at} has "type" {type}; each item in "features" must have "type": "Feature".{hint}',
  featureNoGeometry: '{at} has no "geometry" member; a feature without a location must say "geometry": null.',
  propertiesNotObject: '"properties" must be an object or null, but it is {kind}.',
  listAndMore: '{list} and {n} more',
  noFeatures: 'The file has no features; the layer will be empty.',
  noneHasGeometry:
    'None of the {count, plural, one {# feature} other {# features}} has a geometry (all are null or empty), so nothing will be drawn; the features are kept with their properties.',
  someWithoutGeometry:
    '{without, plural, one {# feature} other {# features}} of {count} {without, plural, one {has} other {have}} no geometry (null or empty coordinates); {without, plural, one {it is} other {they are}} kept but not drawn.',
  mixedTypes: 'The file mixes geometry types ({types}); each type is drawn in its own style.',
  typeCount: '{n} {type}',
  renamedProperties:
    'Property names that have a special meaning in JavaScript were renamed so they cannot affect the viewer: {list}.',
  missingProperties:
    '{n, plural, one {# feature} other {# features}} had no "properties" member and {n, plural, one {was} other {were}} given empty properties.',
  trimmedPositions:
    '{n, plural, one {# position} other {# positions}} had more than three numbers; only longitude, latitude and altitude were kept.',
  crsIgnored: 'The "crs" member was ignored: GeoJSON coordinates are always longitude and latitude in WGS 84 (RFC 7946).',
  foreignOnCollection: '{names} on the collection',
  foreignOnFeatures: '{names} on features',
  foreignOnGeometries: '{names} on geometries',
  semicolonPair: '{first}; {next}',
  foreignDropped: 'Members that GeoJSON does not define were dropped: {list}.',
  badIds:
    '{n, plural, one {# feature id} other {# feature ids}} that {n, plural, one {was} other {were}} neither a string nor a number {n, plural, one {was} other {were}} dropped.',
  badBboxes:
    '{n, plural, one {# invalid "bbox" member} other {# invalid "bbox" members}} {n, plural, one {was} other {were}} ignored; the extent is computed from the coordinates.',
  topLevelArray:
    'The top level of the file is an array, but GeoJSON must be an object such as {"type": "FeatureCollection", "features": […]}.{hint}',
  hintBareFeatures: ' It looks like a bare list of features: wrap it in a FeatureCollection.',
  topLevelNotObject:
    'The file holds {kind}, not a GeoJSON object; expected an object such as {"type": "FeatureCollection", "features": […]}.',
  topLevelNoType:
    'The top-level object has no "type" member, so it is not GeoJSON (expected "FeatureCollection", "Feature" or a geometry type).{hint}',
  topLevelTypeKind:
    'The top-level object has "type" {kind}, so it is not GeoJSON (expected "FeatureCollection", "Feature" or a geometry type).{hint}',
  hintAddType: ' It has a "features" list: add "type": "FeatureCollection".',
  topLevelTypeUnknown:
    'The file\'s "type" is {type}, which is not a GeoJSON type; expected "FeatureCollection", "Feature" or a geometry type ({types}).{hint}',
  hintTopology: ' This is TopoJSON, a different format; convert it to GeoJSON first (e.g. with mapshaper).',
  featuresMissing: 'The FeatureCollection\'s "features" member is missing; it must be an array of features.',
  featuresKind: 'The FeatureCollection\'s "features" is {kind}; it must be an array of features.',
  singleFeature: 'The file holds a single Feature rather than a FeatureCollection; it was imported as a layer of one feature.',
  bareGeometry:
    'The file holds a bare {type} geometry rather than a FeatureCollection; it was imported as a layer of one feature without properties.',
  characters: '{n} characters',
  tooLarge: 'This file is too large to import: {size}, and the limit is {limit}. Split it or simplify its geometry first.',
  empty: 'The file is empty (0 bytes); there is nothing to import.',
  onlyWhitespace: 'The file contains only whitespace; there is nothing to import.',
  binaryZeroChar: 'This file looks like binary data, not GeoJSON text: it contains a zero character at {at}.',
  nestsTooDeep:
    'The data nests more than {max} levels deep ({at}); real GeoJSON needs fewer than 10 levels, so this file is broken or built to crash the reader, and it was not parsed.',
  notJson: 'This file is not valid JSON: {problem}, at {at} (near "{near}").',
  notJsonEngine: 'This file is not valid JSON ({why}).',
  tooComplex: 'This file could not be read: it is too large or too complex to process ({why}).',
  unexpectedError: 'This file could not be read because of an unexpected error ({why}).',
  noText: 'No text was given to import.',
  geometryUnreadable: 'the geometry could not be read ({why}).',
  // TopoJSON
  topoObjectsMissing: 'This is TopoJSON, but its "objects" member is missing; it must map names to geometry objects.',
  topoObjectsNotObject: 'This is TopoJSON, but its "objects" is not an object; it must map names to geometry objects.',
  topoNoObjects: 'This is TopoJSON with no objects in it; there is nothing to import.',
  topoNoArcs: 'This is TopoJSON, but its "arcs" member is missing or not an array.',
  topoBadTransform: 'This is TopoJSON, but its "transform" is not {"scale": [x, y], "translate": [x, y]} with numbers.',
  topoBadArc: 'This is TopoJSON, but arc {arc} is not a list of positions (pairs of numbers).',
  topoObjectNotGeometry: 'TopoJSON object {name} is not a geometry object with a "type".',
  topoObjectProblem: 'TopoJSON object {name}: {problem}',
  topoObjectUnconverted: 'TopoJSON object {name} could not be converted ({why}).',
  topoObjectCount: '{name} ({n})',
  topoImported:
    'TopoJSON: {n, plural, one {its object} other {all # objects}} {objects} {n, plural, one {was} other {were}} imported; the "{property}" property names each feature\'s object.',
  topoFeatureAt: 'Feature {n} (index {index}, object {name})',
  topoTooDeep: 'geometry collections nest too deeply.',
  topoGeometriesNotArray: 'its "geometries" is not an array.',
  topoMemberNotObject: 'a member of "geometries" is not an object.',
  topoArcRefNotInteger: 'an arc reference {ref} is not a whole number.',
  topoArcOutOfRange: 'it refers to arc {arc}, but the topology has {count} arcs.',
  topoArcsNesting: 'its "arcs" is not nested {levels, plural, one {# level} other {# levels}} deep as a {type} needs.',
  // The second opinion (geojson-validation)
  gjvShortPosition: 'a position has fewer than two numbers (it needs longitude and latitude)',
  gjvNotNumber: 'a coordinate is not a number ({item} at place {place} of its position)',
  gjvPositionNotArray: 'a position is not an array of numbers',
  gjvRingNotClosed: 'a polygon ring is not closed (its first and last positions differ)',
  gjvRingTooShort: 'a polygon ring has fewer than 4 positions',
  gjvLineTooShort: 'a line has fewer than 2 positions',
  gjvCoordinatesNotArray: '"coordinates" is not an array',
  gjvGeometriesNotArray: '"geometries" is not an array',
  gjvFeaturesNotArray: '"features" is not an array',
  gjvMissingMember: 'the "{member}" member is missing',
  gjvBadType: 'its "type" is not a GeoJSON type',
  gjvTypeShouldBe: 'its "type" should be "{type}"',
  gjvNotObject: 'an item is not a JSON object',
  gjvBadBbox: 'its "bbox" is not an array of 2×n numbers',
  gjvReports: 'the GeoJSON validator reports: {text}',
  gjvCollection: 'The FeatureCollection is not valid GeoJSON: {what}.',
  gjvFeature: '{at}: {what}.',
  gjvFeatureWithin: '{at}: {what} (at element {path} of its geometry).',
  gjvCrashed: 'The GeoJSON validator could not read this data ({why}).',
  // WKT
  wktSrid: 'the WKT says SRID={srid}; only longitude and latitude (SRID 4326, WGS 84) can be drawn',
  wktExpectedFound: 'expected "{c}" at character {at}, found "{found}"',
  wktExpectedEnd: 'expected "{c}" at character {at} (the text ends early)',
  wktPositionNoNumbers: 'a position at character {at} has no numbers',
  wktPositionOneNumber: 'a position at character {at} has only one number',
  wktTooDeep: 'geometry collections nest too deeply',
  wktUnknownType: '"{name}" is not a WKT geometry type',
  wktNoType: 'it does not start with a geometry type such as POINT',
  wktTrailing: 'unexpected text after the geometry at character {at}: "{text}"',
  wktUnreadable: 'the WKT cannot be read: {why}',
  // KML, KMZ, GPX
  xmlEntities:
    'This {format} file declares its own XML entities (<!ENTITY …>), which KML and GPX never need and which can make a small file expand to gigabytes ("billion laughs"); it was not read.',
  xmlNotWellFormedAt: 'This {format} file is not well-formed XML at line {line}, column {column}: {why}.',
  xmlNotWellFormed: 'This {format} file is not well-formed XML: {why}.',
  xmlWrongRoot: 'This file is XML, but its root element is {root}, not {expected}; it is not {format}.',
  xmlNoRoot: 'This file is XML, but its root element is missing, not {expected}; it is not {format}.',
  kmlFolders: '{format}: {n, plural, one {# folder} other {# folders}}; each placemark\'s folder is in its "folder" property.',
  kmlNetworkLinks:
    '{format}: {n, plural, one {# network link} other {# network links}} to other files {n, plural, one {was} other {were}} not followed; only what this file holds is shown.',
  placemarkAt: 'Placemark {n}{name}',
  gpxCount_waypoint: '{n, plural, one {# waypoint} other {# waypoints}}',
  gpxCount_route: '{n, plural, one {# route} other {# routes}}',
  gpxCount_track: '{n, plural, one {# track} other {# tracks}}',
  gpxCount_feature: '{n, plural, one {# feature} other {# features}}',
  gpxSummary: 'GPX: {parts}.',
  gpxItem_waypoint: 'Waypoint {n}{name}',
  gpxItem_route: 'Route {n}{name}',
  gpxItem_track: 'Track {n}{name}',
  gpxItem_feature: 'Feature {n}{name}',
  kmzUnreadable: 'This file is a ZIP archive, but it cannot be read as a KMZ ({why}); it may be damaged or cut short.',
  kmzUnsafe:
    'KMZ: {n, plural, one {# entry} other {# entries}} with a path outside the archive (such as {example}) {n, plural, one {was} other {were}} ignored.',
  kmzEmpty: 'it is empty',
  kmzHolds: 'it holds {names} but no .kml file',
  kmzNoKml:
    'This file is a ZIP archive, but not a KMZ: {what}. If it is a zipped shapefile or GeoJSON, unzip it and import the file inside.',
  kmzTooBig: 'The KML inside this KMZ ({name}) would expand to {size}, over the {limit} limit; it was not unpacked.',
  kmzMethod:
    'The KML inside this KMZ is compressed with a method this viewer cannot read (method {method}); save the KMZ again with ordinary (deflate) compression.',
  kmzUnpackFailed: 'The KML inside this KMZ could not be unpacked ({why}); the archive may be damaged.',
  kmzUnpackFailedPlain: 'The KML inside this KMZ could not be unpacked; the archive may be damaged.',
  kmzNotUtf8: 'The KML inside this KMZ ({name}) is not UTF-8 text.',
  kmzSeveral: 'KMZ: it holds {n} KML files; {name} was imported.',
  // CSV and TSV
  csvNoCoordinateColumns:
    'This {label} file has no coordinate columns, so nothing could be placed on the map.{half} Name them lat / latitude / y and lon / lng / long / longitude / x (any case; широта and довгота work too), or add a WKT or GeoJSON geometry column (named "wkt" or "geometry"). Its columns are: {columns}.',
  csvOnlyLatitude: ' It has a latitude column ({name}) but no longitude column.',
  csvOnlyLongitude: ' It has a longitude column ({name}) but no latitude column.',
  csvRowExample: 'row {row}: {why}',
  csvRowLabel: 'Row {row}',
  csvLatitudeNotNumber: 'latitude {value} is not a number',
  csvLongitudeNotNumber: 'longitude {value} is not a number',
  csvLatitudeOutside: 'latitude {lat} is outside -90…90{hint}',
  csvHintSwapped: ' (are latitude and longitude swapped?)',
  csvLongitudeOutside: 'longitude {lon} is outside -180…180',
  csvLatitudeOnly: 'it has a latitude but no longitude',
  csvLongitudeOnly: 'it has a longitude but no latitude',
  csvCellTooLong: 'its geometry cell is over {size}',
  csvGeoJsonTooDeep: 'its GeoJSON geometry nests too deeply',
  csvCellNotJson: 'its geometry cell is not valid JSON',
  csvUnclosedQuote:
    'This {label} file has a quoted cell that is never closed (a " without its closing ") in row {row}; everything after it would run into one cell. Fix the quotes and try again.',
  csvRowTooLong: 'This {label} file has a row longer than 64 MB; it does not look like a table.',
  csvNoRows: 'This {label} file has no rows; there is nothing to import.',
  csvFromColumns: 'coordinates from the columns {lat} and {lon}{fallback}',
  csvFallbackColumn: ' (and {name} where they are empty)',
  csvFromGeometryColumn: 'geometries from the column {name}',
  csvSummary: '{label}: {count, plural, one {# row} other {# rows}}, {how}.',
  csvHeaderOnly: 'The {label} file has a header but no rows; the layer will be empty.',
  csvNoCoordinates:
    "{n, plural, one {# row has} other {# rows have}} no coordinates; {n, plural, one {it is} other {they are}} listed in the layer's table but not drawn.",
  csvBadCoordinates:
    "{n, plural, one {# row has} other {# rows have}} coordinates that cannot be used ({examples}{more}); listed in the layer's table but not drawn.",
  renamedColumns: 'Column names that have a special meaning in JavaScript were renamed so they cannot affect the viewer: {list}.',
  csvLongRows:
    '{n, plural, one {# row} other {# rows}} had more cells than the header has columns; the extra cells were left out.',
  csvQuoteProblems:
    '{n, plural, one {# quoting problem} other {# quoting problems}} (a " inside an unquoted cell, or text after a closing ") {n, plural, one {was} other {were}} read as well as possible.',
  // Format detection
  webPage:
    'This file is a web page (HTML), not map data. If you saved it from a site, download the data file itself (GeoJSON, KML, GPX, TopoJSON or CSV).',
  xmlNotKml: 'This file is XML{root}, but not KML or GPX, the XML formats this viewer reads.{hint}',
  xmlWithRoot: ' with the root element {root}',
  hintSvg: ' It is an SVG image.',
  inFormat: '{label}: {what}',
  // The worker, storage
  timedOut: 'The file took longer than {seconds} s to process and the import was stopped.',
  noAnswer: 'The file could not be processed: the parser gave no usable answer.',
  resultLost: 'The file was processed, but its result could not be passed back to the page.',
  keepWorkerStopped:
    'The layer could not be kept on this device: the background worker stopped{detail}. It works until this page is closed or reloaded.',
  unreadableShort: 'The file could not be read ({why}).',
  parserCrashed:
    'The file could not be processed: the background parser stopped unexpectedly{detail}. The file may be too large or too complex.',
  importFailed: 'The file could not be imported ({why}).',
  noData: 'The file could not be read (no data reached the parser).',
  storageFull: "the browser's storage for this site is full",
  storageNotAllowed: 'the browser does not allow this site to store data (private browsing or site settings)',
  storageRefused: 'the browser refused to store it{detail}',
  keepFailed: '{name} could not be kept on this device: {why}. It works until this page is closed or reloaded.',
  keptText: '{text}',
  keptUnreadable: 'Imported layers kept on this device could not be read ({why}).',
} as const;

export type MessageKey = keyof typeof en;

const uk: Record<MessageKey, string> = {
  // Reading the bytes
  notMapData: 'Цей файл — {what}, а не дані мапи, які читає цей переглядач (GeoJSON, TopoJSON, KML, KMZ, GPX або CSV).{advice}',
  fileZip: 'архів ZIP',
  fileEmptyZip: 'порожній архів ZIP',
  fileGzip: 'файл, стиснений gzip',
  filePdf: 'документ PDF',
  filePng: 'зображення PNG',
  fileJpeg: 'зображення JPEG',
  fileGif: 'зображення GIF',
  fileShapefile: 'шейпфайл ESRI (.shp)',
  fileSqlite: 'база даних SQLite',
  fileVideo: 'відеофайл',
  adviceZip: ' Можливо, це заархівований шейпфайл або офісний документ; розпакуйте його й виберіть файл .geojson, що всередині.',
  adviceGzip: ' Спершу розпакуйте його.',
  adviceShapefile: ' Спершу перетворіть його на GeoJSON (наприклад, у QGIS або ogr2ogr).',
  adviceSqlite: ' Якщо це GeoPackage, спершу експортуйте шар у GeoJSON.',
  utf16:
    'Цей файл — текст, збережений у кодуванні UTF-16, а імпортовані файли мають бути в UTF-8. Збережіть його ще раз у UTF-8 і спробуйте знову.',
  binaryZeroByte:
    'Цей файл схожий на двійкові дані, а не на текстовий файл: у ньому є нульовий байт (зсув {offset}), якого в текстовому файлі не буває.',
  binaryControls:
    'Цей файл схожий на двійкові дані, а не на текстовий файл: {n, plural, one {# керівний символ} few {# керівні символи} other {# керівних символів}} у перших {size}.',
  binaryNotUtf8: 'Цей файл схожий на двійкові дані, а не на текстовий файл: його не можна прочитати як текст UTF-8.',
  aByte: 'байт',
  notUtf8:
    'Цей файл не є правильним текстом UTF-8: {byte} на зсуві {offset} (рядок {line}) не утворює символу. Імпортовані файли мають бути в UTF-8; якщо його збережено в іншому кодуванні (наприклад, Windows-1252 чи Latin-1), збережіть його ще раз у UTF-8.',
  notUtf8Plain: 'Цей файл не є правильним текстом UTF-8.',
  cancelled: 'Імпорт скасовано.',
  unreadable: 'Файл не вдалося прочитати ({why}). Можливо, його перемістили або браузерові не дозволено його читати.',
  binaryZeroWithin: 'Цей файл схожий на двійкові дані, а не на текстовий файл: у перших {size} є нульовий байт.',
  // JSON syntax
  lineColumn: 'рядок {line}, стовпець {column}',
  endOfFile: 'кінець файлу',
  controlChar: 'керівний символ (код {code})',
  jsonEndsEarly: 'файл закінчується раніше, ніж JSON (можливо, його обрізано?)',
  jsonSingleQuotes: 'одинарні лапки в JSON не дозволені; рядки й назви властивостей беруть у подвійні лапки',
  jsonComments: 'коментарі в JSON не дозволені',
  jsonNaN: 'NaN не є значенням JSON (використайте null або число)',
  jsonInfinity: 'Infinity не є значенням JSON (використайте число)',
  jsonUndefined: 'undefined не є значенням JSON (використайте null)',
  jsonUnexpected: 'несподівано трапляється {char} {context}',
  jsonUnicodeEscape: 'послідовність \\u в рядку потребує чотирьох шістнадцяткових цифр',
  jsonBadEscape: '{escape} не є допустимою escape-послідовністю в рядку JSON',
  jsonControlInString:
    '{char} усередині рядка (можливо, бракує закривальних лапок? розриви рядків і табуляції в рядках записують як \\n і \\t)',
  jsonEndsInString: 'файл закінчується всередині рядка, що починається тут (можливо, його обрізано?)',
  jsonBadNumber: 'число записане неправильно',
  jsonBadNumberHint:
    'число записане неправильно (у числах JSON немає провідних нулів, шістнадцяткового запису чи крапки в кінці)',
  jsonTooDeep: 'дані вкладено надто глибоко',
  jsonTrailingCommaObject: 'кома перед "}" у JSON не дозволена (зайва кома в кінці)',
  jsonTrailingCommaArray: 'кома перед "]" у JSON не дозволена (зайва кома в кінці)',
  jsonUnquotedName: 'назви властивостей мають бути в подвійних лапках',
  whereName: 'там, де очікувалася назва властивості в подвійних лапках',
  whereColon: 'там, де після назви властивості очікувалося ":"',
  whereValue: 'там, де очікувалося значення властивості',
  whereAfterValue: 'там, де після значення властивості очікувалося "," або "}" (можливо, бракує коми?)',
  whereElement: 'там, де очікувався елемент масиву',
  whereAfterElement: 'там, де після елемента масиву очікувалося "," або "]" (можливо, бракує коми?)',
  whereStart: 'там, де мали б починатися дані',
  jsonSecondValue:
    'після першого значення JSON іде друге (формат «по об’єкту на рядок», GeoJSON Lines, не підтримується; загорніть об’єкти у FeatureCollection)',
  jsonAfterEnd: 'після кінця даних JSON несподівано трапляється {char}',
  // GeoJSON structure and notices
  located: '{at}: {what}',
  kindArray: 'масив',
  kindString: 'текст ({value})',
  kindNumber: 'число ({value})',
  kindObject: 'об’єкт JSON',
  kindMissing: 'відсутнє',
  featureAt: 'Об’єкт {n} (індекс {index})',
  theFeature: 'Об’єкт',
  theGeometry: 'Геометрія',
  collectionMember: '{at}, елемент {k} його GeometryCollection',
  caseHint: ' Можливо, мали на увазі "{match}"? У назвах типів велика й мала літери різняться.',
  levelPoint: 'точка {k}',
  levelPosition: 'позиція {k}',
  levelLine: 'лінія {k}',
  levelRing: 'кільце {k}',
  levelPolygon: 'полігон {k}',
  levelsPoint: 'точок',
  levelsPosition: 'позицій',
  levelsLine: 'ліній',
  levelsRing: 'кілець',
  levelsPolygon: 'полігонів',
  typePath: '{type}, {path}',
  positionIsNot: '{what} — це {kind}, а не позиція на зразок [довгота, широта].',
  coordinatesAreNot: 'координати {type} — це {kind}, а не позиція на зразок [довгота, широта].',
  positionNoNumbers: 'у позиції {position} ({ctx}) немає чисел; позиції потрібні довгота й широта.',
  positionOneNumber: 'у позиції {position} ({ctx}) лише одне число; позиції потрібні довгота й широта.',
  coordinateNotNumber: 'координата {position} ({ctx}) містить {kind} там, де потрібне число.',
  coordinateTooLarge: 'координата {position} ({ctx}) містить завелике число.',
  longitudeOutside: 'координата {position} ({ctx}) має довготу поза межами -180…180.{hint}',
  latitudeOutside: 'координата {position} ({ctx}) має широту поза межами -90…90.{hint}',
  hintProjected:
    ' Схоже, це метри проєкції (наприклад, Web Mercator, EPSG:3857); GeoJSON потребує довготи й широти в градусах (WGS 84, EPSG:4326).',
  hintSwapped: ' Можливо, довготу й широту переставлено? GeoJSON записує [довгота, широта].',
  coordinatesMustBeArray: 'координати {type} — це {kind}, а мають бути масивом {expected}.',
  partMustBeArray: '{type}, {path} — це {kind}, а має бути масивом {expected}.',
  lineOnePosition: '{what}: лише одна позиція, а лінії потрібно щонайменше 2.',
  lineNoPositions: '{what}: немає жодної позиції, а лінії потрібно щонайменше 2.',
  ringOfPolygon: 'кільце полігону {ring}',
  ringOfMultiPolygon: 'полігон {polygon}, кільце {ring}',
  ringTooShort:
    '{ring}: {n, plural, one {# позиція} few {# позиції} other {# позицій}}, а кільцю потрібно щонайменше 4 позиції (замкнений трикутник повторює свою першу позицію в кінці).',
  ringNotClosed: '{ring} не замкнене (перша позиція {first} ≠ остання {last}); кільце має закінчуватися там, де починається.',
  geometryNotObject: '"geometry" має бути об’єктом JSON або null, а це {kind}.',
  geometryNoType: 'у геометрії немає члена "type"; очікувався один із типів {types}.',
  geometryTypeKind: '"type" геометрії — це {kind}; очікувався один із типів {types}.',
  geometryTypeUnknown: 'тип геометрії {type} не є типом геометрії GeoJSON (очікувався один із {types}).{hint}',
  hintNotGeometry: ' {type} не можна використати як геометрію.',
  geometriesMissing: 'у GeometryCollection немає члена "geometries"; він має бути масивом геометрій.',
  geometriesKind: '"geometries" у GeometryCollection — це {kind}, а має бути масив геометрій.',
  collectionMemberNull: '{at} — це null; GeometryCollection може містити лише геометрії.',
  noCoordinates: 'у геометрії {type} немає члена "coordinates".',
  featureNotObject: '{at} — це {kind}, а не об’єкт Feature.',
  featureIsGeometry:
    '{at} — це гола геометрія {type}; кожен елемент "features" має бути Feature: {"type": "Feature", "geometry": …, "properties": …}.',
  featureNoType: '{at}: немає члена "type"; кожен елемент "features" має мати "type": "Feature".',
  featureWrongType: '{at}: "type" дорівнює {type}; кожен елемент "features" має мати "type": "Feature".{hint}',
  featureNoGeometry: '{at}: немає члена "geometry"; об’єкт без розташування має містити "geometry": null.',
  propertiesNotObject: '"properties" має бути об’єктом JSON або null, а це {kind}.',
  listAndMore: '{list} і ще {n}',
  noFeatures: 'У файлі немає об’єктів; шар буде порожнім.',
  noneHasGeometry:
    'Жоден {count, plural, one {із # об’єкта} other {із # об’єктів}} не має геометрії (усі null або порожні), тож на мапі нічого не з’явиться; об’єкти збережено з їхніми властивостями.',
  someWithoutGeometry:
    '{without, plural, one {# об’єкт} few {# об’єкти} other {# об’єктів}} з {count} не {without, plural, one {має} other {мають}} геометрії (null або порожні координати); {without, plural, one {його збережено, але не показано} other {їх збережено, але не показано}} на мапі.',
  mixedTypes: 'У файлі змішано типи геометрії ({types}); кожен тип показано своїм стилем.',
  typeCount: '{type}: {n}',
  renamedProperties:
    'Назви властивостей, що мають особливе значення в JavaScript, перейменовано, щоб вони не впливали на переглядач: {list}.',
  missingProperties:
    '{n, plural, one {# об’єкт не мав} few {# об’єкти не мали} other {# об’єктів не мали}} члена "properties", тож {n, plural, one {йому дано} other {їм дано}} порожні властивості.',
  trimmedPositions:
    '{n, plural, one {# позиція мала} few {# позиції мали} other {# позицій мали}} понад три числа; залишено лише довготу, широту й висоту.',
  crsIgnored: 'Член "crs" проігноровано: координати GeoJSON — це завжди довгота й широта у WGS 84 (RFC 7946).',
  foreignOnCollection: '{names} у колекції',
  foreignOnFeatures: '{names} в об’єктах',
  foreignOnGeometries: '{names} у геометріях',
  semicolonPair: '{first}; {next}',
  foreignDropped: 'Члени, яких GeoJSON не визначає, відкинуто: {list}.',
  badIds:
    '{n, plural, one {# ідентифікатор об’єкта, що не був} few {# ідентифікатори об’єктів, що не були} other {# ідентифікаторів об’єктів, що не були}} ні рядком, ні числом, відкинуто.',
  badBboxes:
    '{n, plural, one {# неправильний член "bbox" проігноровано} few {# неправильні члени "bbox" проігноровано} other {# неправильних членів "bbox" проігноровано}}; межі обчислено з координат.',
  topLevelArray:
    'На верхньому рівні файлу — масив, а GeoJSON має бути об’єктом на зразок {"type": "FeatureCollection", "features": […]}.{hint}',
  hintBareFeatures: ' Схоже, це голий список об’єктів: загорніть його у FeatureCollection.',
  topLevelNotObject:
    'У файлі — {kind}, а не об’єкт GeoJSON; очікувався об’єкт на зразок {"type": "FeatureCollection", "features": […]}.',
  topLevelNoType:
    'В об’єкті верхнього рівня немає члена "type", тож це не GeoJSON (очікувався "FeatureCollection", "Feature" або тип геометрії).{hint}',
  topLevelTypeKind:
    '"type" об’єкта верхнього рівня — це {kind}, тож це не GeoJSON (очікувався "FeatureCollection", "Feature" або тип геометрії).{hint}',
  hintAddType: ' У ньому є список "features": додайте "type": "FeatureCollection".',
  topLevelTypeUnknown:
    '"type" файлу дорівнює {type}, а це не тип GeoJSON; очікувався "FeatureCollection", "Feature" або тип геометрії ({types}).{hint}',
  hintTopology: ' Це TopoJSON, інший формат; спершу перетворіть його на GeoJSON (наприклад, у mapshaper).',
  featuresMissing: 'У FeatureCollection немає члена "features"; він має бути масивом об’єктів.',
  featuresKind: '"features" у FeatureCollection — це {kind}, а має бути масив об’єктів.',
  singleFeature: 'У файлі один Feature, а не FeatureCollection; його імпортовано як шар з одного об’єкта.',
  bareGeometry: 'У файлі гола геометрія {type}, а не FeatureCollection; її імпортовано як шар з одного об’єкта без властивостей.',
  characters: '{n, plural, one {# символ} few {# символи} other {# символів}}',
  tooLarge: 'Цей файл завеликий для імпорту: {size}, а межа — {limit}. Спершу розділіть його або спростіть геометрію.',
  empty: 'Файл порожній (0 байтів); імпортувати нічого.',
  onlyWhitespace: 'У файлі лише пробіли; імпортувати нічого.',
  binaryZeroChar:
    'Цей файл схожий на двійкові дані, а не на текст GeoJSON: він містить нульовий символ (рядок і стовпець: {at}).',
  nestsTooDeep:
    'Дані вкладено глибше ніж на {max} рівнів ({at}); справжньому GeoJSON досить менш ніж 10 рівнів, тож цей файл пошкоджений або створений, щоб зламати програму читання, і його не розібрано.',
  notJson: 'Цей файл не є правильним JSON: {problem}; місце: {at} (біля "{near}").',
  notJsonEngine: 'Цей файл не є правильним JSON ({why}).',
  tooComplex: 'Цей файл не вдалося прочитати: він завеликий або надто складний для обробки ({why}).',
  unexpectedError: 'Цей файл не вдалося прочитати через несподівану помилку ({why}).',
  noText: 'Не надано тексту для імпорту.',
  geometryUnreadable: 'геометрію не вдалося прочитати ({why}).',
  // TopoJSON
  topoObjectsMissing: 'Це TopoJSON, але в ньому немає члена "objects"; він має зіставляти назви з об’єктами геометрії.',
  topoObjectsNotObject: 'Це TopoJSON, але його "objects" не є об’єктом JSON; він має зіставляти назви з об’єктами геометрії.',
  topoNoObjects: 'Це TopoJSON без жодного об’єкта; імпортувати нічого.',
  topoNoArcs: 'Це TopoJSON, але його члена "arcs" немає або він не є масивом.',
  topoBadTransform: 'Це TopoJSON, але його "transform" не має вигляду {"scale": [x, y], "translate": [x, y]} із числами.',
  topoBadArc: 'Це TopoJSON, але дуга {arc} не є списком позицій (пар чисел).',
  topoObjectNotGeometry: 'Об’єкт TopoJSON {name} не є об’єктом геометрії з "type".',
  topoObjectProblem: 'Об’єкт TopoJSON {name}: {problem}',
  topoObjectUnconverted: 'Об’єкт TopoJSON {name} не вдалося перетворити ({why}).',
  topoObjectCount: '{name} ({n})',
  topoImported:
    'TopoJSON: імпортовано {n, plural, one {# об’єкт} few {# об’єкти} other {# об’єктів}} — {objects}; властивість "{property}" називає об’єкт TopoJSON кожного об’єкта шару.',
  topoFeatureAt: 'Об’єкт {n} (індекс {index}, об’єкт TopoJSON {name})',
  topoTooDeep: 'колекції геометрій вкладено надто глибоко.',
  topoGeometriesNotArray: 'його "geometries" не є масивом.',
  topoMemberNotObject: 'елемент "geometries" не є об’єктом JSON.',
  topoArcRefNotInteger: 'посилання на дугу {ref} не є цілим числом.',
  topoArcOutOfRange:
    'він посилається на дугу {arc}, а в топології {count, plural, one {лише # дуга} few {лише # дуги} other {лише # дуг}}.',
  topoArcsNesting:
    'його "arcs" не вкладено на {levels, plural, one {# рівень} few {# рівні} other {# рівнів}}, як потрібно для {type}.',
  // The second opinion (geojson-validation)
  gjvShortPosition: 'у позиції менше двох чисел (потрібні довгота й широта)',
  gjvNotNumber: 'координата не є числом ({item} на місці {place} у своїй позиції)',
  gjvPositionNotArray: 'позиція не є масивом чисел',
  gjvRingNotClosed: 'кільце полігону не замкнене (його перша й остання позиції різні)',
  gjvRingTooShort: 'у кільці полігону менше 4 позицій',
  gjvLineTooShort: 'у лінії менше 2 позицій',
  gjvCoordinatesNotArray: '"coordinates" не є масивом',
  gjvGeometriesNotArray: '"geometries" не є масивом',
  gjvFeaturesNotArray: '"features" не є масивом',
  gjvMissingMember: 'немає члена "{member}"',
  gjvBadType: 'його "type" не є типом GeoJSON',
  gjvTypeShouldBe: 'його "type" має бути "{type}"',
  gjvNotObject: 'елемент не є об’єктом JSON',
  gjvBadBbox: 'його "bbox" не є масивом із 2×n чисел',
  gjvReports: 'перевірка GeoJSON повідомляє: {text}',
  gjvCollection: 'FeatureCollection не є правильним GeoJSON: {what}.',
  gjvFeature: '{at}: {what}.',
  gjvFeatureWithin: '{at}: {what} (елемент {path} його геометрії).',
  gjvCrashed: 'Перевірка GeoJSON не змогла прочитати ці дані ({why}).',
  // WKT
  wktSrid: 'WKT вказує SRID={srid}; на мапі можна показати лише довготу й широту (SRID 4326, WGS 84)',
  wktExpectedFound: 'на символі {at} очікувалося "{c}", а трапилося "{found}"',
  wktExpectedEnd: 'на символі {at} очікувалося "{c}" (текст закінчується зарано)',
  wktPositionNoNumbers: 'у позиції на символі {at} немає чисел',
  wktPositionOneNumber: 'у позиції на символі {at} лише одне число',
  wktTooDeep: 'колекції геометрій вкладено надто глибоко',
  wktUnknownType: '"{name}" не є типом геометрії WKT',
  wktNoType: 'він не починається з типу геометрії на зразок POINT',
  wktTrailing: 'несподіваний текст після геометрії на символі {at}: "{text}"',
  wktUnreadable: 'WKT не вдається прочитати: {why}',
  // KML, KMZ, GPX
  xmlEntities:
    'Цей файл {format} оголошує власні сутності XML (<!ENTITY …>), яких KML і GPX ніколи не потребують і через які малий файл може розростися до гігабайтів («мільярд сміхів»); його не прочитано.',
  xmlNotWellFormedAt: 'Цей файл {format} не є правильно сформованим XML (рядок {line}, стовпець {column}): {why}.',
  xmlNotWellFormed: 'Цей файл {format} не є правильно сформованим XML: {why}.',
  xmlWrongRoot: 'Цей файл — XML, але його кореневий елемент {root}, а не {expected}; це не {format}.',
  xmlNoRoot: 'Цей файл — XML, але в ньому немає кореневого елемента {expected}; це не {format}.',
  kmlFolders:
    '{format}: {n, plural, one {# тека} few {# теки} other {# тек}}; теку кожної позначки записано в її властивість "folder".',
  kmlNetworkLinks:
    '{format}: {n, plural, one {# мережеве посилання} few {# мережеві посилання} other {# мережевих посилань}} на інші файли не відкрито; показано лише вміст цього файлу.',
  placemarkAt: 'Позначка {n}{name}',
  gpxCount_waypoint: '{n, plural, one {# точка маршруту} few {# точки маршруту} other {# точок маршруту}}',
  gpxCount_route: '{n, plural, one {# маршрут} few {# маршрути} other {# маршрутів}}',
  gpxCount_track: '{n, plural, one {# трек} few {# треки} other {# треків}}',
  gpxCount_feature: '{n, plural, one {# об’єкт} few {# об’єкти} other {# об’єктів}}',
  gpxSummary: 'GPX: {parts}.',
  gpxItem_waypoint: 'Точка маршруту {n}{name}',
  gpxItem_route: 'Маршрут {n}{name}',
  gpxItem_track: 'Трек {n}{name}',
  gpxItem_feature: 'Об’єкт {n}{name}',
  kmzUnreadable: 'Цей файл — архів ZIP, але його не вдається прочитати як KMZ ({why}); можливо, він пошкоджений або обрізаний.',
  kmzUnsafe:
    'KMZ: {n, plural, one {# запис} few {# записи} other {# записів}} зі шляхом поза архівом (наприклад, {example}) проігноровано.',
  kmzEmpty: 'він порожній',
  kmzHolds: 'у ньому є {names}, але немає файлу .kml',
  kmzNoKml:
    'Цей файл — архів ZIP, але не KMZ: {what}. Якщо це заархівований шейпфайл чи GeoJSON, розпакуйте його й імпортуйте файл, що всередині.',
  kmzTooBig: 'KML у цьому KMZ ({name}) розгорнувся б до {size}, що більше за межу {limit}; його не розпаковано.',
  kmzMethod:
    'KML у цьому KMZ стиснено методом, якого цей переглядач не читає (метод {method}); збережіть KMZ ще раз зі звичайним стисненням (deflate).',
  kmzUnpackFailed: 'KML у цьому KMZ не вдалося розпакувати ({why}); можливо, архів пошкоджений.',
  kmzUnpackFailedPlain: 'KML у цьому KMZ не вдалося розпакувати; можливо, архів пошкоджений.',
  kmzNotUtf8: 'KML у цьому KMZ ({name}) не є текстом UTF-8.',
  kmzSeveral: 'KMZ: у ньому {n, plural, one {# файл KML} few {# файли KML} other {# файлів KML}}; імпортовано {name}.',
  // CSV and TSV
  csvNoCoordinateColumns:
    'У цьому файлі {label} немає стовпців координат, тож нічого не вдалося розмістити на мапі.{half} Назвіть їх lat / latitude / y / широта та lon / lng / long / longitude / x / довгота (регістр не важить) або додайте стовпець геометрії WKT чи GeoJSON (з назвою "wkt" або "geometry"). Його стовпці: {columns}.',
  csvOnlyLatitude: ' У ньому є стовпець широти ({name}), але немає стовпця довготи.',
  csvOnlyLongitude: ' У ньому є стовпець довготи ({name}), але немає стовпця широти.',
  csvRowExample: 'рядок {row}: {why}',
  csvRowLabel: 'Рядок {row}',
  csvLatitudeNotNumber: 'широта {value} не є числом',
  csvLongitudeNotNumber: 'довгота {value} не є числом',
  csvLatitudeOutside: 'широта {lat} поза межами -90…90{hint}',
  csvHintSwapped: ' (можливо, широту й довготу переставлено?)',
  csvLongitudeOutside: 'довгота {lon} поза межами -180…180',
  csvLatitudeOnly: 'є широта, але немає довготи',
  csvLongitudeOnly: 'є довгота, але немає широти',
  csvCellTooLong: 'його клітинка геометрії більша за {size}',
  csvGeoJsonTooDeep: 'його геометрію GeoJSON вкладено надто глибоко',
  csvCellNotJson: 'його клітинка геометрії не є правильним JSON',
  csvUnclosedQuote:
    'У цьому файлі {label} є клітинка в лапках, яку не закрито (" без закривальної ") у рядку {row}; усе, що далі, злилося б в одну клітинку. Виправте лапки й спробуйте знову.',
  csvRowTooLong: 'У цьому файлі {label} є рядок, довший за 64 МБ; це не схоже на таблицю.',
  csvNoRows: 'У цьому файлі {label} немає рядків; імпортувати нічого.',
  csvFromColumns: 'координати зі стовпців {lat} і {lon}{fallback}',
  csvFallbackColumn: ' (і з {name}, де вони порожні)',
  csvFromGeometryColumn: 'геометрії зі стовпця {name}',
  csvSummary: '{label}: {count, plural, one {# рядок} few {# рядки} other {# рядків}}, {how}.',
  csvHeaderOnly: 'У файлі {label} є заголовок, але немає рядків; шар буде порожнім.',
  csvNoCoordinates:
    '{n, plural, one {# рядок не має} few {# рядки не мають} other {# рядків не мають}} координат; {n, plural, one {його наведено} other {їх наведено}} в таблиці шару, але не показано на мапі.',
  csvBadCoordinates:
    '{n, plural, one {# рядок має} few {# рядки мають} other {# рядків мають}} координати, яких не можна використати ({examples}{more}); їх наведено в таблиці шару, але не показано на мапі.',
  renamedColumns:
    'Назви стовпців, що мають особливе значення в JavaScript, перейменовано, щоб вони не впливали на переглядач: {list}.',
  csvLongRows:
    '{n, plural, one {# рядок мав} few {# рядки мали} other {# рядків мали}} більше клітинок, ніж стовпців у заголовку; зайві клітинки відкинуто.',
  csvQuoteProblems:
    '{n, plural, one {# проблему з лапками} few {# проблеми з лапками} other {# проблем із лапками}} (" усередині клітинки без лапок або текст після закривальної ") прочитано якнайкраще.',
  // Format detection
  webPage:
    'Цей файл — вебсторінка (HTML), а не дані мапи. Якщо ви зберегли її із сайту, завантажте сам файл даних (GeoJSON, KML, GPX, TopoJSON або CSV).',
  xmlNotKml: 'Цей файл — XML{root}, але не KML і не GPX, тобто не ті формати XML, які читає цей переглядач.{hint}',
  xmlWithRoot: ' з кореневим елементом {root}',
  hintSvg: ' Це зображення SVG.',
  inFormat: '{label}: {what}',
  // The worker, storage
  timedOut: 'Обробка файлу тривала понад {seconds} с, тож імпорт зупинено.',
  noAnswer: 'Файл не вдалося обробити: програма розбору не дала придатної відповіді.',
  resultLost: 'Файл оброблено, але результат не вдалося передати сторінці.',
  keepWorkerStopped:
    'Шар не вдалося зберегти на цьому пристрої: фоновий обробник зупинився{detail}. Шар працюватиме, доки цю сторінку не закрито чи не перезавантажено.',
  unreadableShort: 'Файл не вдалося прочитати ({why}).',
  parserCrashed:
    'Файл не вдалося обробити: фонова програма розбору несподівано зупинилася{detail}. Можливо, файл завеликий або надто складний.',
  importFailed: 'Файл не вдалося імпортувати ({why}).',
  noData: 'Файл не вдалося прочитати (до програми розбору не надійшло даних).',
  storageFull: 'сховище браузера для цього сайту заповнене',
  storageNotAllowed: 'браузер не дозволяє цьому сайту зберігати дані (приватний перегляд або налаштування сайту)',
  storageRefused: 'браузер відмовився його зберегти{detail}',
  keepFailed:
    'Шар {name} не вдалося зберегти на цьому пристрої: {why}. Він працюватиме, доки цю сторінку не закрито чи не перезавантажено.',
  keptText: '{text}',
  keptUnreadable: 'Не вдалося прочитати імпортовані шари, збережені на цьому пристрої ({why}).',
};

export const IMPORT_MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, uk };

const NUMBER: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 20 }),
  uk: new Intl.NumberFormat('uk', { maximumFractionDigits: 20 }),
};

function valueText(lang: Lang, value: MessageValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return NUMBER[lang].format(value);
  if (Array.isArray(value)) return value.map((v: MessageValue) => valueText(lang, v)).join(', ');
  if ('bytes' in value) return formatBytes(value.bytes, lang);
  return messageText(lang, value as ImportMessage);
}

/**
 * An import message in `lang`: counts in the reader's locale, plural forms by Intl.PluralRules, sizes
 * as "250,0 МБ", nested messages worded too. Text from the file (names, excerpts) is shown as it is.
 * A plain string (a layer kept before messages were data) is returned as it is.
 */
export function messageText(lang: Lang, message: ImportMessage | string): string {
  if (typeof message === 'string') return message;
  const template = IMPORT_MESSAGES[lang]?.[message.key] ?? en[message.key] ?? message.key;
  return fillTemplate<MessageValue>(lang, template, message.vars ?? {}, (v) => valueText(lang, v));
}
