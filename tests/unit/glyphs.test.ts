// The letters drawn ahead for labels cover every label name the map shows at start, in both languages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { labelCharacters } from '../../src/lib/map/glyphs';

const read = (p: string): FeatureCollection => JSON.parse(readFileSync(new URL(`../../geodata/${p}`, import.meta.url), 'utf8'));
const cities = read('basemap/basemap.geojson').features.filter((f) => f.properties?.layer === 'city');
const labelled = [...read('region-labels.geojson').features, ...read('sites.geojson').features, ...cities];

describe('glyphs drawn ahead', () => {
  for (const lang of ['en', 'uk'] as const) {
    it(`cover every character of every region, site and city name in ${lang}`, () => {
      const ahead = new Set(labelCharacters(lang));
      const names = labelled.map((f) => String(f.properties?.[`name_${lang}`] ?? ''));
      expect(names.filter(Boolean).length).toBeGreaterThan(90);
      const missing = new Set(names.flatMap((name) => [...name].filter((c) => !ahead.has(c))));
      expect([...missing]).toEqual([]);
    });
  }

  it('stay one alphabet per language: Latin letters are not drawn for Ukrainian labels, nor Cyrillic for English', () => {
    expect(labelCharacters('en').some((c) => /\p{Script=Cyrillic}/u.test(c))).toBe(false);
    expect(labelCharacters('uk').some((c) => /\p{Script=Latin}/u.test(c))).toBe(false);
  });
});
