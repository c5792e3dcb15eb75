// Checks the committed geodata files: validity, ids and names, true areas, shared borders, sites and sizes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { area, bbox, booleanIntersects, booleanPointInPolygon, featureCollection, intersect, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { MISSION_REGIONS, MISSION_SITES, SITE_PRECISIONS } from '../../src/lib/model/types';
import { OFFICIAL_AREA_KM2 } from '../../src/lib/model/officialAreas';
import type { RegionProperties, SiteProperties } from '../../src/lib/model/types';

const gjv = createRequire(import.meta.url)('geojson-validation') as {
  valid(obj: unknown, trace: true): string[];
};

// GEODATA_DIR lets the suite be pointed at a copy (e.g. a deliberately broken one, to see it fail).
const dir = process.env.GEODATA_DIR ?? join(__dirname, '..', '..', 'geodata');
const readRaw = (file: string) => readFileSync(join(dir, file));
const read = <T>(file: string) => JSON.parse(readRaw(file).toString('utf8')) as T;

type Areal = Feature<Polygon | MultiPolygon, RegionProperties>;
const regions = read<FeatureCollection<Polygon | MultiPolygon, RegionProperties>>('regions.geojson');
const labels =
  read<FeatureCollection<Point, Pick<RegionProperties, 'id' | 'name_en' | 'name_uk' | 'type'> & { bbox: number[] }>>(
    'region-labels.geojson',
  );
const sites = read<FeatureCollection<Point, SiteProperties & { capital?: boolean }>>('sites.geojson');
const basemap = read<FeatureCollection<Geometry, { layer: string }>>('basemap/basemap.geojson');
/** One layer of the basemap file, as a collection of its own. */
const basemapLayer = <G extends Geometry, P>(layer: string) =>
  ({
    type: 'FeatureCollection',
    features: basemap.features.filter((f) => f.properties.layer === layer),
  }) as unknown as FeatureCollection<G, P>;
const countries = basemapLayer<Polygon | MultiPolygon, { iso_a3: string; name_en: string }>('country');
const lakes = basemapLayer<Polygon | MultiPolygon, { layer: string }>('lake');
const rivers = basemapLayer<LineString | MultiLineString, { name_en: string; name_uk: string }>('river');
const cities = basemapLayer<Point, { name_en: string; name_uk: string; country: string; population: number; capital: boolean }>(
  'city',
);

const byId = new Map<string, Areal>(regions.features.map((f) => [f.properties.id, f]));
const region = (id: string): Areal => {
  const f = byId.get(id);
  if (!f) throw new Error(`no region ${id}`);
  return f;
};
const km2 = (f: Feature<Polygon | MultiPolygon>) => area(f) / 1e6;

const UA_IDS = [
  'UA-05',
  'UA-07',
  'UA-09',
  'UA-12',
  'UA-14',
  'UA-18',
  'UA-21',
  'UA-23',
  'UA-26',
  'UA-30',
  'UA-32',
  'UA-35',
  'UA-40',
  'UA-43',
  'UA-46',
  'UA-48',
  'UA-51',
  'UA-53',
  'UA-56',
  'UA-59',
  'UA-61',
  'UA-63',
  'UA-65',
  'UA-68',
  'UA-71',
  'UA-74',
  'UA-77',
];

/** Official areas (km²) the issue names; each region must be within 3%. */
const { UA: _ukraine, ...OFFICIAL_KM2 } = OFFICIAL_AREA_KM2;

/** Pairs of first-level units that share a land border. */
const NEIGHBOURS: [string, string][] = [
  ['UA-09', 'UA-14'],
  ['UA-09', 'UA-63'],
  ['UA-14', 'UA-23'],
  ['UA-14', 'UA-12'],
  ['UA-14', 'UA-63'],
  ['UA-63', 'UA-59'],
  ['UA-63', 'UA-12'],
  ['UA-63', 'UA-53'],
  ['UA-23', 'UA-12'],
  ['UA-23', 'UA-65'],
  ['UA-59', 'UA-74'],
  ['UA-59', 'UA-53'],
  ['UA-65', 'UA-43'],
  ['UA-43', 'UA-40'],
  ['UA-30', 'UA-32'],
  ['UA-65', 'UA-12'],
  ['UA-65', 'UA-48'],
  ['UA-48', 'UA-51'],
  ['UA-46', 'UA-07'],
  ['UA-32', 'UA-74'],
];

/** Every vertex of a polygon's rings, as "lon,lat" keys. */
const vertices = (f: Areal) => {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return new Set(polys.flat(2).map(([x, y]) => `${x},${y}`));
};
const overlapKm2 = (a: Areal, b: Areal) => {
  const common = intersect(featureCollection([a, b]));
  return common ? area(common) / 1e6 : 0;
};
const gzipBytes = (files: string[]) => files.reduce((n, f) => n + gzipSync(readRaw(f), { level: 9 }).length, 0);
const rawBytes = (files: string[]) => files.reduce((n, f) => n + readRaw(f).length, 0);

describe('geodata files are valid GeoJSON', () => {
  const all = {
    'regions.geojson': regions,
    'region-labels.geojson': labels,
    'sites.geojson': sites,
    'basemap/basemap.geojson': basemap,
  };
  it('basemap/basemap.geojson holds all four layers, and nothing else', () => {
    for (const layer of [countries, lakes, rivers, cities]) expect(layer.features.length).toBeGreaterThan(0);
    expect(countries.features.length + lakes.features.length + rivers.features.length + cities.features.length).toBe(
      basemap.features.length,
    );
  });
  for (const [file, fc] of Object.entries(all)) {
    it(`${file} passes geojson-validation`, () => {
      expect(gjv.valid(fc, true)).toEqual([]);
      expect(fc.features.length).toBeGreaterThan(0);
    });
    it(`${file} ends with a newline`, () => {
      const text = readRaw(file).toString('utf8');
      expect(text.endsWith('\n')).toBe(true);
    });
  }
});

describe('regions.geojson', () => {
  it('holds the 27 units of Ukraine and RU-UD, once each, in id order', () => {
    const ids = regions.features.map((f) => f.properties.id);
    expect(ids).toEqual([...ids].sort());
    expect([...ids].sort()).toEqual([...UA_IDS, 'RU-UD'].sort());
    for (const id of MISSION_REGIONS) expect(ids).toContain(id);
  });

  it('names every unit in current English spelling and in Ukrainian', () => {
    const names = Object.fromEntries(regions.features.map((f) => [f.properties.id, f.properties.name_en]));
    expect(names).toMatchObject({
      'UA-09': 'Luhansk',
      'UA-12': 'Dnipropetrovsk',
      'UA-14': 'Donetsk',
      'UA-23': 'Zaporizhzhia',
      'UA-51': 'Odesa',
      'UA-59': 'Sumy',
      'UA-63': 'Kharkiv',
      'UA-30': 'Kyiv (city)',
      'UA-32': 'Kyiv',
      'UA-43': 'Crimea',
      'UA-40': 'Sevastopol',
      'RU-UD': 'Udmurtia',
    });
    expect(new Set(Object.values(names)).size).toBe(28);
    for (const f of regions.features) {
      const p = f.properties;
      expect(Object.keys(p)).toEqual(['id', 'name_en', 'name_uk', 'type']);
      expect(p.name_uk).toMatch(/^[\u0400-\u04FF ʼ'«»-]+$/);
      expect(['oblast', 'city with special status', 'autonomous republic', 'republic (Russia)']).toContain(p.type);
    }
    expect(region('UA-23').properties.name_uk).toBe('Запорізька область');
    expect(region('UA-43').properties.type).toBe('autonomous republic');
    expect(region('RU-UD').properties.type).toBe('republic (Russia)');
  });

  for (const [id, official] of Object.entries(OFFICIAL_KM2)) {
    it(`${id} is within 3% of its official ${official} km²`, () => {
      const a = km2(region(id));
      expect(Math.abs(a - official) / official).toBeLessThanOrEqual(0.03);
    });
  }

  it("Ukraine's 27 units together are within 2.5% of 603,628 km²", () => {
    const total = regions.features.filter((f) => f.properties.id.startsWith('UA-')).reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(total - 603628) / 603628).toBeLessThanOrEqual(0.025);
  });

  it('has no self-intersections and only closed, counter-clockwise outer rings', () => {
    for (const f of regions.features) {
      expect(kinks(f).features, f.properties.id).toHaveLength(0);
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [outer] of polys) {
        let s = 0;
        for (let i = 0; i < outer.length - 1; i++) s += outer[i][0] * outer[i + 1][1] - outer[i + 1][0] * outer[i][1];
        expect(s, f.properties.id).toBeGreaterThan(0);
      }
    }
  });

  for (const [a, b] of NEIGHBOURS) {
    it(`${a} and ${b} share a border and do not overlap`, () => {
      const fa = region(a);
      const fb = region(b);
      expect(booleanIntersects(fa, fb)).toBe(true);
      const va = vertices(fa);
      const shared = [...vertices(fb)].filter((v) => va.has(v));
      expect(shared.length).toBeGreaterThanOrEqual(3);
      expect(overlapKm2(fa, fb)).toBeLessThan(0.1);
    });
  }

  it('no two regions overlap anywhere', () => {
    const fs = regions.features;
    for (let i = 0; i < fs.length; i++) {
      for (let j = i + 1; j < fs.length; j++) {
        const [a0, a1, a2, a3] = bbox(fs[i]);
        const [b0, b1, b2, b3] = bbox(fs[j]);
        if (a0 > b2 || b0 > a2 || a1 > b3 || b1 > a3) continue;
        expect(overlapKm2(fs[i], fs[j]), `${fs[i].properties.id}/${fs[j].properties.id}`).toBeLessThan(0.1);
      }
    }
  });

  it('keeps coordinates to at most 3 decimals', () => {
    const text = readRaw('regions.geojson').toString('utf8');
    expect(text).not.toMatch(/\d\.\d{4,}/);
  });
});

describe('region-labels.geojson', () => {
  it('has one label per region, with the same names, inside its polygon', () => {
    expect(labels.features.map((f) => f.properties.id)).toEqual(regions.features.map((f) => f.properties.id));
    for (const l of labels.features) {
      const r = region(l.properties.id);
      expect(l.properties.name_en).toBe(r.properties.name_en);
      expect(l.properties.name_uk).toBe(r.properties.name_uk);
      expect(booleanPointInPolygon(l.geometry, r), l.properties.id).toBe(true);
    }
  });

  it("carries each region's type and extent, so the app can list and fit regions without the boundaries", () => {
    for (const l of labels.features) {
      const r = region(l.properties.id);
      expect(l.properties.type).toBe(r.properties.type);
      const [w, s, e, n] = bbox(r);
      // Rounded to the file's 3 decimals: within 0.001° of the boundary's own extent.
      expect(l.properties.bbox[0]).toBeCloseTo(w, 2);
      expect(l.properties.bbox[1]).toBeCloseTo(s, 2);
      expect(l.properties.bbox[2]).toBeCloseTo(e, 2);
      expect(l.properties.bbox[3]).toBeCloseTo(n, 2);
    }
  });
});

describe('sites.geojson', () => {
  const site = (id: string) => {
    const s = sites.features.find((f) => f.properties.id === id);
    if (!s) throw new Error(`no site ${id}`);
    return s;
  };

  it('holds the Kupol plant, Kyiv and Sievierodonetsk, each with precision and basis', () => {
    // Sites added on the authoring page join these three; the geodata build keeps them.
    const ids = sites.features.map((f) => f.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['kupol-izhevsk', 'kyiv', 'sievierodonetsk']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of MISSION_SITES) expect(site(id)).toBeTruthy();
    for (const f of sites.features) {
      const p = f.properties;
      expect(SITE_PRECISIONS).toContain(p.precision);
      expect(p.basis.length).toBeGreaterThan(20);
      expect(p.name_en).toBeTruthy();
      expect(p.kind).toBeTruthy();
    }
    expect(site('kupol-izhevsk').properties).toMatchObject({ kind: 'strike-site', precision: 'approximate', region: 'RU-UD' });
    expect(site('kupol-izhevsk').properties.basis).toMatch(/Pesochnaya/);
    expect(site('kyiv').properties).toMatchObject({ kind: 'city', name_uk: 'Київ', capital: true });
    expect(site('sievierodonetsk').properties).toMatchObject({ kind: 'city', name_uk: 'Сєвєродонецьк' });
  });

  it('puts each site in the region it should be in', () => {
    expect(booleanPointInPolygon(site('kupol-izhevsk').geometry, region('RU-UD'))).toBe(true);
    expect(booleanPointInPolygon(site('sievierodonetsk').geometry, region('UA-09'))).toBe(true);
    const kyiv = site('kyiv').geometry;
    expect(booleanPointInPolygon(kyiv, region('UA-30')) || booleanPointInPolygon(kyiv, region('UA-32'))).toBe(true);
    for (const f of sites.features)
      expect(booleanPointInPolygon(f.geometry, region(f.properties.region)), f.properties.id).toBe(true);
  });
});

describe('basemap', () => {
  const CLIP = [10, 38, 66, 64];
  const inClip = (f: Feature) => {
    const [x0, y0, x1, y1] = bbox(f);
    return x0 >= CLIP[0] && y0 >= CLIP[1] && x1 <= CLIP[2] && y1 <= CLIP[3];
  };
  const country = (a3: string) => countries.features.find((f) => f.properties.iso_a3 === a3);
  const holders = (lonlat: [number, number]) =>
    countries.features.filter((f) => booleanPointInPolygon(lonlat, f)).map((f) => f.properties.iso_a3);

  it('is clipped to Eastern Europe and the Urals', () => {
    for (const fc of [countries, lakes, rivers, cities]) for (const f of fc.features) expect(inClip(f)).toBe(true);
  });

  it('has no self-intersecting land or lake polygons', () => {
    for (const f of [...countries.features, ...lakes.features]) expect(kinks(f).features).toHaveLength(0);
  });

  it('draws the neighbouring countries, with names and codes', () => {
    for (const a3 of ['UKR', 'RUS', 'BLR', 'MDA', 'ROU', 'POL', 'HUN', 'SVK', 'KAZ', 'TUR', 'GEO']) {
      expect(country(a3)?.properties.name_en, a3).toBeTruthy();
    }
  });

  it('draws Ukraine within its internationally recognised borders and leaves the seas as water', () => {
    expect(holders([34.11, 44.95])).toEqual(['UKR']); // Simferopol, Crimea
    expect(holders([33.52, 44.6])).toEqual(['UKR']); // Sevastopol
    expect(holders([36.5, 46.0])).toEqual([]); // Sea of Azov
    expect(holders([32.0, 43.5])).toEqual([]); // Black Sea
    expect(holders([30.52, 50.45])).toEqual(['UKR']); // Kyiv
    expect(holders([53.2, 56.85])).toEqual(['RUS']); // Izhevsk
  });

  it('names the major rivers, the Dnipro passing Kyiv', () => {
    const names = rivers.features.map((f) => f.properties.name_en);
    for (const n of ['Dnipro', 'Don', 'Volga', 'Kama', 'Danube', 'Dniester', 'Vistula']) expect(names).toContain(n);
    for (const f of rivers.features) expect(f.properties.name_uk).toBeTruthy();
  });

  it('labels the cities a reader looks for', () => {
    const names = cities.features.map((f) => f.properties.name_en);
    for (const n of [
      'Kyiv',
      'Kharkiv',
      'Odesa',
      'Dnipro',
      'Donetsk',
      'Luhansk',
      'Zaporizhzhia',
      'Sumy',
      'Mariupol',
      'Lviv',
      'Moscow',
      'Minsk',
      'Warsaw',
      'Chisinau',
      'Bucharest',
      'Kazan',
      'Izhevsk',
      'Nizhny Novgorod',
      'Samara',
      'Rostov-on-Don',
      'Volgograd',
      'Voronezh',
      'Belgorod',
      'Kursk',
      'Sevastopol',
      'Simferopol',
      'Sievierodonetsk',
    ]) {
      expect(names).toContain(n);
    }
    expect(new Set(names).size).toBe(names.length);
    for (const f of cities.features) {
      expect(f.properties.population).toBeGreaterThan(0);
      expect(typeof f.properties.capital).toBe('boolean');
      expect(f.properties.name_uk).toBeTruthy();
    }
    const capitals = cities.features.filter((f) => f.properties.capital).map((f) => f.properties.name_en);
    expect(capitals).toEqual(expect.arrayContaining(['Kyiv', 'Moscow', 'Minsk', 'Warsaw', 'Chisinau', 'Bucharest']));
    expect(capitals).not.toContain('Kharkiv');
  });
});

describe('size budgets', () => {
  it('regions.geojson stays under 160 KB raw and 45 KB gzip', () => {
    expect(rawBytes(['regions.geojson'])).toBeLessThanOrEqual(160 * 1024);
    expect(gzipBytes(['regions.geojson'])).toBeLessThanOrEqual(45 * 1024);
  });
  it('labels and sites together stay under 4 KB gzip', () => {
    expect(gzipBytes(['region-labels.geojson', 'sites.geojson'])).toBeLessThanOrEqual(4 * 1024);
  });
  it('the basemap stays under 200 KB raw and 45 KB gzip in total', () => {
    const files = ['basemap/basemap.geojson'];
    expect(rawBytes(files)).toBeLessThanOrEqual(200 * 1024);
    expect(gzipBytes(files)).toBeLessThanOrEqual(45 * 1024);
  });
});
