// The vector tileset cut from geodata/ at build time: what it holds, at which zooms, and how faithfully.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import { basemapForMap, buildTileset, readLayers, type TileKey } from '../../scripts/tiles/tileset';
import { SOURCE_LAYER, TILESET, TILE_PIXELS, pointsCollection, tileUrlTemplate } from '../../src/lib/layers/tileset';
import { glyphUrlTemplate } from '../../src/lib/layers/glyphs';
import { buildStyle } from '../../src/lib/layers/style';

const root = fileURLToPath(new URL('../../', import.meta.url));
const layers = readLayers(root);
const tiles = buildTileset(layers);

const parse = (key: TileKey) => new VectorTile(new PbfReader(tiles.get(key)!));
const coords = (key: TileKey) => key.split('/').map(Number) as [number, number, number];
/** Every feature of one tile layer across all tiles of a zoom, as GeoJSON in degrees. */
function featuresAt(zoom: number, layer: string): Feature[] {
  const out: Feature[] = [];
  for (const key of tiles.keys()) {
    const [z, x, y] = coords(key);
    if (z !== zoom) continue;
    const tileLayer = parse(key).layers[layer];
    for (let i = 0; i < (tileLayer?.length ?? 0); i++) out.push(tileLayer!.feature(i).toGeoJSON(x, y, z));
  }
  return out;
}
const idsOf = (collection: FeatureCollection) => new Set(collection.features.map((f) => String(f.properties?.id)));

describe('vector tileset', () => {
  it('has tiles at every zoom from minzoom to maxzoom and none beyond, each with only the known layers', () => {
    const zooms = new Set([...tiles.keys()].map((k) => coords(k)[0]));
    expect([...zooms].sort((a, b) => a - b)).toEqual(
      Array.from({ length: TILESET.maxzoom - TILESET.minzoom + 1 }, (_, i) => TILESET.minzoom + i),
    );
    for (const key of tiles.keys()) {
      const tile = parse(key);
      const names = Object.keys(tile.layers);
      expect(names.length, key).toBeGreaterThan(0);
      for (const name of names) {
        expect(Object.values(SOURCE_LAYER), `${key} ${name}`).toContain(name);
        expect(tile.layers[name].extent, `${key} ${name}`).toBe(TILESET.extent);
      }
    }
  });

  it('holds every region, label point and site at the lowest and the deepest zoom', () => {
    for (const zoom of [TILESET.minzoom, TILESET.maxzoom]) {
      const regionIds = new Set(featuresAt(zoom, SOURCE_LAYER.regions).map((f) => String(f.properties?.id)));
      expect(regionIds, `regions at zoom ${zoom}`).toEqual(idsOf(layers.regions));
      const pointIds = new Set(featuresAt(zoom, SOURCE_LAYER.points).map((f) => String(f.properties?.id)));
      expect(pointIds, `points at zoom ${zoom}`).toEqual(idsOf(layers.points));
    }
  });

  it('puts label points and sites in one layer with only the properties the style reads', () => {
    const point = (properties: Record<string, unknown>): Feature<Point> => ({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [30, 50] },
    });
    const labels: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: [point({ id: 'UA-09', name_en: 'Luhansk', name_uk: 'Луганська', bbox: [1, 2, 3, 4] })],
    };
    const sites: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: [point({ id: 'kyiv', name_en: 'Kyiv', name_uk: 'Київ', precision: 'approximate' })],
    };
    expect(pointsCollection(labels, sites).features.map((f) => f.properties)).toEqual([
      { layer: 'region-label', id: 'UA-09', name_en: 'Luhansk', name_uk: 'Луганська' },
      { layer: 'site', id: 'kyiv', name_en: 'Kyiv', name_uk: 'Київ' },
    ]);
  });

  it('keeps the names and kinds the style reads on every point', () => {
    const byId = new Map(layers.points.features.map((f) => [f.properties?.id, f.properties]));
    for (const feature of featuresAt(TILESET.maxzoom, SOURCE_LAYER.points)) {
      const source = byId.get(feature.properties?.id);
      expect(source, String(feature.properties?.id)).toBeDefined();
      for (const key of ['layer', 'name_en', 'name_uk']) expect(feature.properties?.[key]).toBe(source?.[key]);
    }
    expect(new Set(layers.points.features.map((f) => f.properties?.layer))).toEqual(new Set(['region-label', 'site']));
  });

  it('draws each region at the deepest zoom where the GeoJSON has it, to within one unit of the tile grid', () => {
    // One unit at maxzoom, in degrees of longitude; latitude units are smaller at these latitudes.
    const unit = 360 / 2 ** TILESET.maxzoom / TILESET.extent;
    const pieces = featuresAt(TILESET.maxzoom, SOURCE_LAYER.regions);
    for (const region of layers.regions.features) {
      const id = region.properties?.id;
      const own = pieces.filter((f) => f.properties?.id === id);
      const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: own });
      const [W, S, E, N] = bbox(region);
      for (const [got, want] of [
        [w, W],
        [s, S],
        [e, E],
        [n, N],
      ])
        expect(Math.abs(got - want), String(id)).toBeLessThanOrEqual(unit);
    }
  });

  it('cuts polygons far enough outside each tile that no outline draws the cut inside it', () => {
    // The widest outline is the selection's, 3.5 px; with its antialiasing it reaches ~2.75 px from
    // the cut. The map hides whatever lies outside the tile, so the cut must be further out than that.
    const minimum = (3 * TILESET.extent) / TILE_PIXELS;
    let cuts = 0;
    for (const key of tiles.keys()) {
      const layer = parse(key).layers[SOURCE_LAYER.regions];
      for (let i = 0; i < (layer?.length ?? 0); i++) {
        for (const ring of layer!.feature(i).loadGeometry()) {
          for (let j = 1; j < ring.length; j++) {
            const [a, b] = [ring[j - 1], ring[j]];
            // A cut is an edge along x or y = constant, outside the tile.
            const along = a.x === b.x ? a.x : a.y === b.y ? a.y : null;
            if (along === null || (along >= 0 && along <= TILESET.extent)) continue;
            cuts++;
            const outside = along < 0 ? -along : along - TILESET.extent;
            expect(outside, `${key}, a cut ${outside} units outside the tile`).toBeGreaterThanOrEqual(minimum);
          }
        }
      }
    }
    expect(cuts).toBeGreaterThan(0);
  });

  it('is the same bytes every build', () => {
    const again = buildTileset(readLayers(root));
    expect([...again.keys()]).toEqual([...tiles.keys()]);
    for (const [key, body] of again) expect(Buffer.from(body).equals(Buffer.from(tiles.get(key)!)), key).toBe(true);
  });

  it('is what the style asks for: its source, zoom range and tile URL next to the page', () => {
    const page = 'http://127.0.0.1:4173/sub/index.html';
    const style = buildStyle({
      tiles: tileUrlTemplate(page),
      glyphs: glyphUrlTemplate(page),
      places: [],
      statuses: {},
      visibleIds: [],
      lang: 'en',
    });
    expect(style.sources[TILESET.source]).toMatchObject({
      type: 'vector',
      tiles: ['http://127.0.0.1:4173/sub/tiles/{z}/{x}/{y}.pbf'],
      minzoom: TILESET.minzoom,
      maxzoom: TILESET.maxzoom,
    });
    expect(Object.keys(style.sources)).toEqual([TILESET.source]);
    expect(style.glyphs).toBe('http://127.0.0.1:4173/sub/glyphs/{fontstack}/{range}.pbf');
  });
});

describe('basemap as the map draws it', () => {
  const geodata = JSON.parse(readFileSync(`${root}geodata/basemap/basemap.geojson`, 'utf8')) as FeatureCollection;
  const countries = geodata.features.filter((f) => f.properties?.layer === 'country') as Feature<Polygon | MultiPolygon>[];
  const drawn = basemapForMap(geodata);
  const ofLayer = (layer: string) => drawn.features.filter((f) => f.properties?.layer === layer);
  const [land] = ofLayer('land') as Feature<MultiPolygon>[];

  it('fills every country but Ukraine as one land polygon, and neither Ukraine nor the seas', () => {
    expect(ofLayer('land')).toHaveLength(1);
    for (const [name, at] of Object.entries({
      Minsk: [27.56, 53.9],
      Moscow: [37.62, 55.75],
      Warsaw: [21.01, 52.23],
      Izhevsk: [53.2, 56.85],
      Chisinau: [28.86, 47.01],
    })) {
      expect(booleanPointInPolygon(at, land), name).toBe(true);
    }
    for (const [name, at] of Object.entries({
      Kyiv: [30.52, 50.45],
      Simferopol: [34.11, 44.95],
      'Black Sea': [32.0, 43.5],
      'Sea of Azov': [36.5, 46.0],
    })) {
      expect(booleanPointInPolygon(at, land), name).toBe(false);
    }
    expect(ofLayer('country').map((f) => f.properties?.iso_a3)).toEqual(['UKR']);
    // Everything that is not a country passes through unchanged.
    expect(drawn.features.filter((f) => !['land', 'country', 'border', 'coast'].includes(f.properties?.layer))).toEqual(
      geodata.features.filter((f) => f.properties?.layer !== 'country'),
    );
  });

  it('draws every border and coast of the countries once, and Ukraine’s own coast not at all', () => {
    const key = (a: Position, b: Position) =>
      [a, b]
        .map((p) => p.join(','))
        .sort()
        .join(' ');
    const drawnSegments = new Map<string, number>();
    for (const f of [...ofLayer('border'), ...ofLayer('coast')] as Feature<LineString | MultiLineString>[]) {
      const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const line of lines)
        for (let i = 1; i < line.length; i++)
          drawnSegments.set(key(line[i - 1], line[i]), (drawnSegments.get(key(line[i - 1], line[i])) ?? 0) + 1);
    }
    expect([...drawnSegments.values()].every((n) => n === 1)).toBe(true);
    // Each country's ring segments, and how many countries share each.
    const owners = new Map<string, string[]>();
    for (const f of countries) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polygons.flat())
        for (let i = 1; i < ring.length; i++)
          owners.set(key(ring[i - 1], ring[i]), [...(owners.get(key(ring[i - 1], ring[i])) ?? []), f.properties?.iso_a3]);
    }
    expect(owners.size).toBeGreaterThan(1000);
    for (const [segment, by] of owners) {
      const ownCoast = by.length === 1 && by[0] === 'UKR';
      expect(drawnSegments.has(segment), `${by.join('/')} ${segment}`).toBe(!ownCoast);
    }
    expect(drawnSegments.size).toBe([...owners.values()].filter((by) => !(by.length === 1 && by[0] === 'UKR')).length);
  });
});
