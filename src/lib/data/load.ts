// Loads the shipped geodata and claims, checking each file at the edge and naming the one that fails.
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Claim, RegionProperties, SiteProperties, Source } from '../model/types';
import regionsUrl from '../../../geodata/regions.geojson?url';
import regionLabelsUrl from '../../../geodata/region-labels.geojson?url';
import sitesUrl from '../../../geodata/sites.geojson?url';
import countriesUrl from '../../../geodata/basemap/countries.geojson?url';
import lakesUrl from '../../../geodata/basemap/lakes.geojson?url';
import riversUrl from '../../../geodata/basemap/rivers.geojson?url';
import citiesUrl from '../../../geodata/basemap/cities.geojson?url';
import sourcesJson from '../../../geodata/sources/sources.json';

// Claims are small and every view needs them, so they ship inside the app bundle.
const claimFiles = import.meta.glob<Claim[]>('../../../geodata/claims/*.json', { eager: true, import: 'default' });

export interface GeoData {
  regions: FeatureCollection<Geometry, RegionProperties>;
  regionLabels: FeatureCollection<Point, { id: string; name_en: string; name_uk: string }>;
  sites: FeatureCollection<Point, SiteProperties>;
  /** Basemap files go to the map by URL, parsed in its worker, never on the main thread. */
  basemap: { countries: string; lakes: string; rivers: string; cities: string };
}

async function fetchCollection<T extends FeatureCollection>(url: string, name: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`${name}: could not be fetched (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!response.ok) throw new Error(`${name}: the server answered ${response.status} ${response.statusText}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new Error(`${name}: is not valid JSON`);
  }
  const fc = data as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${name}: is not a GeoJSON FeatureCollection`);
  }
  for (const [i, f] of (fc.features as { properties?: { id?: unknown } }[]).entries()) {
    if (typeof f?.properties?.id !== 'string') throw new Error(`${name}: feature ${i} has no string "id" property`);
  }
  return data as T;
}

export async function loadGeoData(): Promise<GeoData> {
  const [regions, regionLabels, sites] = await Promise.all([
    fetchCollection<GeoData['regions']>(regionsUrl, 'geodata/regions.geojson'),
    fetchCollection<GeoData['regionLabels']>(regionLabelsUrl, 'geodata/region-labels.geojson'),
    fetchCollection<GeoData['sites']>(sitesUrl, 'geodata/sites.geojson'),
  ]);
  return { regions, regionLabels, sites, basemap: { countries: countriesUrl, lakes: lakesUrl, rivers: riversUrl, cities: citiesUrl } };
}

export function loadClaims(): { claims: Claim[]; sources: Source[] } {
  const claims = Object.keys(claimFiles)
    .sort()
    .flatMap((path) => claimFiles[path]);
  return { claims, sources: sourcesJson as Source[] };
}
