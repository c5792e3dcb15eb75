// Cuts geodata/ into the map's vector tileset: every non-empty tile from TILESET.minzoom to maxzoom, in memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { SOURCE_LAYER, TILESET, TILE_BUFFER, pointsCollection, type SourceLayer } from '../../src/lib/layers/tileset.ts';

/** The files in geodata/ each tile layer is cut from (the points: region label points, then sites). */
export const SOURCE_FILES = {
  [SOURCE_LAYER.basemap]: ['basemap/basemap.geojson'],
  [SOURCE_LAYER.regions]: ['regions.geojson'],
  [SOURCE_LAYER.points]: ['region-labels.geojson', 'sites.geojson'],
} as const satisfies Record<SourceLayer, readonly string[]>;

/** The GeoJSON behind each tile layer, read from a checkout's geodata/. */
export function readLayers(root: string): Record<SourceLayer, FeatureCollection> {
  const read = <T = FeatureCollection>(rel: string): T => JSON.parse(readFileSync(path.join(root, 'geodata', rel), 'utf8')) as T;
  const [labels, sites] = SOURCE_FILES.points.map((rel) => read<FeatureCollection<Point>>(rel));
  return {
    [SOURCE_LAYER.basemap]: read(SOURCE_FILES.basemap[0]),
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
