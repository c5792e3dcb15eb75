// The places' points, shipped inside the bundle: the layer panel and the map need them before any data file arrives.
import type { FeatureCollection, Point } from 'geojson';
import type { SiteProperties } from '../model/types';
import { buildPlaces, type Place, type RegionLabelProperties } from '../model/places';
import regionLabelsText from '../../../geodata/region-labels.geojson?raw';
import sitesText from '../../../geodata/sites.geojson?raw';

/** The places' points: region label points (with each region's bounding box) and sites. */
export interface GeoData {
  regionLabels: FeatureCollection<Point, RegionLabelProperties>;
  sites: FeatureCollection<Point, SiteProperties>;
}

export function loadGeoData(): GeoData {
  return {
    regionLabels: JSON.parse(regionLabelsText) as GeoData['regionLabels'],
    sites: JSON.parse(sitesText) as GeoData['sites'],
  };
}

export function loadPlaces(geo: GeoData): Place[] {
  return buildPlaces(geo.regionLabels, geo.sites);
}
