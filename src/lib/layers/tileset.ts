// The shipped geometry as the map reads it: one vector tileset, cut from geodata/ when the site is built.
import type { Feature, FeatureCollection, Point } from 'geojson';

/**
 * Basemap, regions and the label and site points, pre-cut into Mapbox Vector Tiles by
 * `scripts/tiles/` (at build time, and on the fly by the dev server).
 *
 * GeoJSON sources made the map's one worker parse and index every file, then cut each tile, before
 * the first tile could be drawn: about a third of the time to the first full frame. Tiles arrive in
 * the shape the worker lays out, and the first view needs only the nine tiles it covers.
 */
export const TILESET = {
  /** The style's source id. */
  source: 'geodata',
  /** Folder of the tiles in the built site, next to index.html: `tiles/{z}/{x}/{y}.pbf`. */
  folder: 'tiles',
  minzoom: 0,
  /**
   * Deepest zoom cut; the map over-zooms beyond it. At zoom 6 one unit of the tile grid is 0.0007°
   * (50–80 m), finer than the regions' own 0.001° rounding, and geojson-vt keeps every vertex at its
   * deepest zoom, so no zoom shows less than the GeoJSON does.
   */
  maxzoom: 6,
  /** MapLibre's own tile extent, so the worker never rescales a coordinate. */
  extent: 8192,
} as const;

/** The tileset's layers, each from one file (or two, for the points) in geodata/. */
export const SOURCE_LAYER = {
  /** geodata/basemap/basemap.geojson: countries, Ukraine, lakes, rivers, cities. */
  basemap: 'basemap',
  /** geodata/regions.geojson; `id` is the feature id, for feature state. */
  regions: 'regions',
  /** Region label points and sites, told apart by their `layer` property. */
  points: 'points',
} as const;
export type SourceLayer = (typeof SOURCE_LAYER)[keyof typeof SOURCE_LAYER];

/** Where the regions' feature state lives (colours, hover), for `setFeatureState` with the region's id. */
export const REGION_FEATURES = { source: TILESET.source, sourceLayer: SOURCE_LAYER.regions } as const;

/** A tile's width in screen pixels at its own zoom: MapLibre draws vector tiles 512 px wide. */
export const TILE_PIXELS = 512;

/**
 * How far beyond its edge each tile layer keeps its features, in tile units (16 make a pixel).
 * Where a polygon is cut at the buffer's edge the cut is a straight edge of its ring, and outline
 * layers would draw it; the map hides what lies outside the tile, so the cut has to be further out
 * than half the widest outline (the selection's, 3.5 px) plus its antialiasing. 4 px does that and
 * adds the least geometry to lay out: MapLibre's GeoJSON sources default to 128 px, and this app's
 * used 16. Label points keep 128 px, so a label near an edge is placed in both tiles.
 */
export const TILE_BUFFER: Record<SourceLayer, number> = {
  basemap: (4 * TILESET.extent) / TILE_PIXELS,
  regions: (4 * TILESET.extent) / TILE_PIXELS,
  points: (128 * TILESET.extent) / TILE_PIXELS,
};

/** Where a style layer takes its features from: one layer of the tileset. */
export function fromTiles(layer: SourceLayer): { source: string; 'source-layer': SourceLayer } {
  return { source: TILESET.source, 'source-layer': layer };
}

/**
 * The tile URL template for a page at `base` (the document's base URL). Built by hand: `URL` would
 * percent-encode the braces MapLibre looks for.
 */
export function tileUrlTemplate(base: string): string {
  return `${new URL(`${TILESET.folder}/`, base).href}{z}/{x}/{y}.pbf`;
}

/**
 * The points layer: region label points and sites in one collection, with only the properties the
 * style reads. Their ids never collide (ISO codes against site slugs), so a filter on ids alone picks
 * out either kind.
 */
export function pointsCollection(labels: FeatureCollection<Point>, sites: FeatureCollection<Point>): FeatureCollection<Point> {
  const tag =
    (layer: string) =>
    (f: Feature<Point>): Feature<Point> => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { layer, id: f.properties?.id, name_en: f.properties?.name_en, name_uk: f.properties?.name_uk },
    });
  return {
    type: 'FeatureCollection',
    features: [...labels.features.map(tag('region-label')), ...sites.features.map(tag('site'))],
  };
}
