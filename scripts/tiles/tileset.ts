// Cuts geodata/ into the map's vector tileset: every non-empty tile from TILESET.minzoom to maxzoom, in memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { SOURCE_LAYER, TILESET, TILE_BUFFER, pointsCollection, type SourceLayer } from '../../src/lib/layers/tileset.ts';

/** The files in geodata/ each tile layer is cut from (the points: region label points, then sites). */
export const SOURCE_FILES = {
  [SOURCE_LAYER.basemap]: ['basemap/basemap.geojson'],
  [SOURCE_LAYER.regions]: ['regions.geojson'],
  [SOURCE_LAYER.points]: ['region-labels.geojson', 'sites.geojson'],
} as const satisfies Record<SourceLayer, readonly string[]>;

/** The one country the map draws on its own (its fill has its own colour); every other country is land. */
const OWN_COUNTRY = 'UKR';

/**
 * The basemap as the map draws it. geodata/ keeps one polygon per country, and the map used to fill
 * and outline each of them: every land border was in two rings, and every ring was filled on its
 * own, although all countries but Ukraine share one colour. The tiles now carry
 * - `land`: the other countries merged into one polygon (borders between them dissolved), and
 * - `border` and `coast`: every land border and every coast once, from the countries' shared
 *   topology (Ukraine's own coast left out, as before: its outline comes from the region layers),
 * besides Ukraine's own `country` polygon. Borders and coasts fall exactly where they did, and the
 * map's worker lays out far fewer vertices for them (first view: fill 5,239 → 2,175, lines 4,870 → 3,690).
 */
export function basemapForMap(basemap: FeatureCollection): FeatureCollection {
  const countries = basemap.features.filter((f) => f.properties?.layer === 'country') as Feature<Polygon | MultiPolygon>[];
  const collection: FeatureCollection = { type: 'FeatureCollection', features: countries };
  const topo = topology({ countries: collection });
  const object = topo.objects.countries as GeometryCollection;
  const code = (g: { properties?: object | null }) => (g.properties as { iso_a3?: string } | undefined)?.iso_a3;
  const others = object.geometries.filter((g) => code(g) !== OWN_COUNTRY) as Array<TopoPolygon | TopoMultiPolygon>;
  const land: Feature = { type: 'Feature', properties: { layer: 'land' }, geometry: merge(topo, others) };
  // An arc with a country on either side is a border; with the same country on both, a coast.
  const borders: Feature = { type: 'Feature', properties: { layer: 'border' }, geometry: mesh(topo, object, (a, b) => a !== b) };
  const coasts: Feature = {
    type: 'Feature',
    properties: { layer: 'coast' },
    geometry: mesh(topo, object, (a, b) => a === b && code(a) !== OWN_COUNTRY),
  };
  const own = countries.filter((f) => f.properties?.iso_a3 === OWN_COUNTRY);
  const rest = basemap.features.filter((f) => f.properties?.layer !== 'country');
  return { type: 'FeatureCollection', features: [land, ...own, borders, coasts, ...rest] };
}

/** The GeoJSON behind each tile layer, read from a checkout's geodata/. */
export function readLayers(root: string): Record<SourceLayer, FeatureCollection> {
  const read = <T = FeatureCollection>(rel: string): T => JSON.parse(readFileSync(path.join(root, 'geodata', rel), 'utf8')) as T;
  const [labels, sites] = SOURCE_FILES.points.map((rel) => read<FeatureCollection<Point>>(rel));
  return {
    [SOURCE_LAYER.basemap]: basemapForMap(read(SOURCE_FILES.basemap[0])),
    [SOURCE_LAYER.regions]: read(SOURCE_FILES.regions[0]),
    [SOURCE_LAYER.points]: pointsCollection(labels, sites),
  };
}

/** `z/x/y` of a tile, as in its URL. */
export type TileKey = `${number}/${number}/${number}`;

/**
 * Every tile that holds a feature, encoded as a Mapbox Vector Tile (version 2). Tiles are cut with
 * geojson-vt's defaults otherwise (tolerance 3 at extent 4096, scaled to ours), which is what a
 * GeoJSON source in MapLibre does at run time, so the map looks the same as it did from the files.
 */
export function buildTileset(layers: Record<SourceLayer, FeatureCollection>): Map<TileKey, Uint8Array> {
  const indexes = Object.entries(layers).map(([name, data]) => {
    const index = new GeoJSONVT(data, {
      maxZoom: TILESET.maxzoom,
      // Cut everything up front: the tileset is written out whole.
      indexMaxZoom: TILESET.maxzoom,
      indexMaxPoints: 0,
      extent: TILESET.extent,
      buffer: TILE_BUFFER[name as SourceLayer],
      tolerance: 3 * (TILESET.extent / 4096),
    });
    return [name, index] as const;
  });
  const tiles = new Map<TileKey, Uint8Array>();
  for (let z = TILESET.minzoom; z <= TILESET.maxzoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const content: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) content[name] = tile;
        }
        if (Object.keys(content).length === 0) continue;
        tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(content, { version: 2, extent: TILESET.extent }));
      }
    }
  }
  return tiles;
}
