// Reads a geodata/ folder (sources, texts, claims, region and site names) from disk, as the data build and checks need it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Source } from '../../src/lib/model/types.ts';
import { COUNTRY_NAMES, REGION_VARIANTS, TOWN_VARIANTS } from '../../src/lib/author/variants.ts';

/** A place's names as regions.geojson and sites.geojson give them. */
export interface PlaceNames {
  id: string;
  names: string[];
}

export interface Geodata {
  dir: string;
  sources: Source[];
  /** Article texts by source id, verbatim. */
  texts: Map<string, string>;
  /** Every claim, in file order (files sorted by name). */
  claims: Claim[];
  places: PlaceNames[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

interface NamedFeature {
  properties: { id: string; name_en?: string; name_uk?: string; name_ru?: string; basis?: string };
}

/**
 * Every spelling the app knows for a place: the editorial variants table of the authoring page
 * (older transliterations, Russian forms, Soviet-era names), for regions by id and for sites by the
 * GeoNames town their position was taken from.
 */
function knownSpellings(p: NamedFeature['properties']): string[] {
  const region = REGION_VARIANTS[p.id];
  if (region) return [...(region.alt ?? []), ...(region.forms ?? [])];
  const geonameid = /geonameid (\d+)/.exec(p.basis ?? '')?.[1];
  const town = geonameid ? TOWN_VARIANTS[Number(geonameid)] : undefined;
  return town ? [town.en, ...(town.alt ?? []), ...(town.uk ?? []), ...(town.ru ?? [])].filter((n): n is string => !!n) : [];
}

/** Every claim in a claims folder: files sorted by name, claims in file order. */
export function readClaims(dir: string): Claim[] {
  const files = readdirSync(path.join(dir, 'claims'))
    .filter((n) => n.endsWith('.json'))
    .sort();
  return files.flatMap((name) => readJson<Claim[]>(path.join(dir, 'claims', name)));
}

/**
 * Reads the data as stored, for every reader that trusts it (data build, computed checks, tests);
 * it does not check it: `validateGeodata` reads untrusted data and reports what is wrong.
 */
export function readGeodata(dir: string): Geodata {
  const sources = readJson<Source[]>(path.join(dir, 'sources/sources.json'));
  const texts = new Map<string, string>();
  for (const source of sources) texts.set(source.id, readFileSync(path.join(dir, 'sources', source.text), 'utf8'));
  const claims = readClaims(dir);
  const places: PlaceNames[] = [];
  for (const file of ['regions.geojson', 'sites.geojson']) {
    const { features } = readJson<{ features: NamedFeature[] }>(path.join(dir, file));
    for (const { properties: p } of features) {
      const names = [p.name_en, p.name_uk, p.name_ru, ...knownSpellings(p)].filter((n): n is string => !!n);
      places.push({ id: p.id, names: [...new Set(names)] });
    }
  }
  places.push({ id: 'UA', names: COUNTRY_NAMES });
  return { dir, sources, texts, claims, places };
}
