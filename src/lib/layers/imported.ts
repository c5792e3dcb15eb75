// Layers for a reader's imported GeoJSON, described as data: styled by geometry type, points clustered when many.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { LABEL_FONT } from './glyphs';

/** Distinct from the claim colours, so an imported layer never reads as a claim status. */
const IMPORT_COLORS = ['#1b7837', '#2166ac', '#01665e', '#762a83', '#4d4d4d', '#8073ac'];

/** Above this many points a layer is clustered: 100,000 single circles would make panning crawl. */
export const CLUSTER_MIN_POINTS = 5000;

export const importedLayerIds = (id: string) => ({
  fill: `${id}-fill`,
  line: `${id}-line`,
  circle: `${id}-circle`,
  cluster: `${id}-cluster`,
  clusterCount: `${id}-cluster-count`,
});

export function importedSource(data: FeatureCollection<Geometry | null>, points: number): SourceSpecification {
  return {
    type: 'geojson',
    // Features without geometry are kept in the file's data but MapLibre simply does not draw them.
    data: data as FeatureCollection,
    ...(points > CLUSTER_MIN_POINTS ? { cluster: true, clusterRadius: 45, clusterMaxZoom: 10 } : {}),
  };
}

export function importedLayers(id: string, index: number): LayerSpecification[] {
  const color = IMPORT_COLORS[index % IMPORT_COLORS.length];
  const ids = importedLayerIds(id);
  const isPolygon = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
  const isLine = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']]];
  const isPoint = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
  return [
    { id: ids.fill, type: 'fill', source: id, filter: isPolygon, paint: { 'fill-color': color, 'fill-opacity': 0.25 } },
    {
      id: ids.line,
      type: 'line',
      source: id,
      filter: isLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': 2.5 },
    },
    {
      id: ids.circle,
      type: 'circle',
      source: id,
      filter: ['all', isPoint, ['!', ['has', 'point_count']]],
      paint: { 'circle-radius': 4.5, 'circle-color': color, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.2 },
    },
    {
      id: ids.cluster,
      type: 'circle',
      source: id,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': color,
        'circle-opacity': 0.8,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 10, 100, 16, 5000, 26],
      },
    },
    {
      id: ids.clusterCount,
      type: 'symbol',
      source: id,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ] as LayerSpecification[];
}
