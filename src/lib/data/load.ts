// The shipped data inside the bundle: claims, sources, region label points and sites. The geometry reaches the map as vector tiles (layers/tileset.ts).
import type { FeatureCollection, Point } from 'geojson';
import type { Claim, SiteProperties, Source } from '../model/types';
import { buildPlaces, type Place, type RegionLabelProperties } from '../model/places';
import regionLabelsText from '../../../geodata/region-labels.geojson?raw';
import sitesText from '../../../geodata/sites.geojson?raw';
import sourcesJson from '../../../geodata/sources/sources.json';

// Claims, sources, labels and sites are small and every view needs them: they ship in the bundle, so
// the map and panels can start at once. The data is checked by `npm run validate` and the tests.
const claimFiles = import.meta.glob<Claim[]>('../../../geodata/claims/*.json', { eager: true, import: 'default' });

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

export function loadClaims(): { claims: Claim[]; sources: Source[] } {
  const claims = Object.keys(claimFiles)
    .sort()
    .flatMap((path) => claimFiles[path]);
  return { claims, sources: sourcesJson as Source[] };
}
