// The shipped data: the small indexes and claims inside the bundle, the big geometry as URLs for the map's worker.
import type { FeatureCollection, Point } from 'geojson';
import type { Claim, SiteProperties, Source } from '../model/types';
import { buildPlaces, type Place, type RegionLabelProperties } from '../model/places';
import regionsUrl from '../../../geodata/regions.geojson?url';
import basemapUrl from '../../../geodata/basemap/basemap.geojson?url';
import regionLabelsText from '../../../geodata/region-labels.geojson?raw';
import sitesText from '../../../geodata/sites.geojson?raw';
import sourcesJson from '../../../geodata/sources/sources.json';

// Claims, sources, labels and sites are small and every view needs them: they ship in the bundle, so
// the map and panels can start at once. The data is checked by `npm run validate` and the tests.
const claimFiles = import.meta.glob<Claim[]>('../../../geodata/claims/*.json', { eager: true, import: 'default' });

/** What the map needs: the point data for labels and sites, and URLs its worker fetches and parses. */
export interface GeoData {
  regions: string;
  regionLabels: FeatureCollection<Point, RegionLabelProperties>;
  sites: FeatureCollection<Point, SiteProperties>;
  basemap: string;
}

export function loadGeoData(): GeoData {
  return {
    regions: regionsUrl,
    regionLabels: JSON.parse(regionLabelsText) as GeoData['regionLabels'],
    sites: JSON.parse(sitesText) as GeoData['sites'],
    basemap: basemapUrl,
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
