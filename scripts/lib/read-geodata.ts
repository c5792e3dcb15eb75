// Reads a geodata/ folder (sources, texts, claims, region and site names) from disk, as the data build and checks need it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Claim, Source } from '../../src/lib/model/types.ts';

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

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

interface NamedFeature {
  properties: { id: string; name_en?: string; name_uk?: string; name_ru?: string };
}

/** Reads the data as stored; it does not check it (that is `validateGeodata`'s job). */
export async function readGeodata(dir: string): Promise<Geodata> {
  const sources = await readJson<Source[]>(path.join(dir, 'sources/sources.json'));
  const texts = new Map<string, string>();
  for (const source of sources) texts.set(source.id, await readFile(path.join(dir, 'sources', source.text), 'utf8'));
  const claimFiles = (await readdir(path.join(dir, 'claims'))).filter((n) => n.endsWith('.json')).sort();
  const claims: Claim[] = [];
  for (const name of claimFiles) claims.push(...(await readJson<Claim[]>(path.join(dir, 'claims', name))));
  const places: PlaceNames[] = [];
  for (const file of ['regions.geojson', 'sites.geojson']) {
    const { features } = await readJson<{ features: NamedFeature[] }>(path.join(dir, file));
    for (const { properties: p } of features) {
      places.push({ id: p.id, names: [p.name_en, p.name_uk, p.name_ru].filter((n): n is string => !!n) });
    }
  }
  places.push({ id: 'UA', names: ['Ukraine', 'Україна'] });
  return { dir, sources, texts, claims, places };
}
