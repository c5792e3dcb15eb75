// The letters drawn ahead for labels cover every label name the map shows at start, in both languages.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { labelCharacters } from '../../src/lib/map/glyphs';
import { readLayers } from '../../scripts/tiles/tileset';

// The names as the map's tiles carry them: region label points and sites, and the basemap's cities.
const layers = readLayers(fileURLToPath(new URL('../../', import.meta.url)));
const cities = layers.basemap.features.filter((f) => f.properties?.layer === 'city');
const labelled = [...layers.points.features, ...cities];

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
