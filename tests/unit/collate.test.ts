// The table-driven name order agrees with ICU (Node has full ICU) on every name the app shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/lib/i18n/collate';
import { buildPlaces } from '../../src/lib/model/places';
import type { Claim, Source } from '../../src/lib/model/index.ts';
import type { Lang } from '../../src/lib/i18n/strings';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../geodata/${p}`, import.meta.url), 'utf8'));
type Named = { features: { properties: { layer?: string; name_en?: string; name_uk?: string } }[] };
const regions: Named = read('regions.geojson');
const basemap: Named = read('basemap/basemap.geojson');
const places = buildPlaces(read('region-labels.geojson'), read('sites.geojson'));
const sources: Source[] = read('sources/sources.json');
const claimants = [...new Set(sources.flatMap((s) => (read(`claims/${s.id}.json`) as Claim[]).map((c) => c.claimant)))];

const LANGS: Lang[] = ['en', 'uk'];
const key: Record<Lang, 'name_en' | 'name_uk'> = { en: 'name_en', uk: 'name_uk' };

/** Every name shown in `lang`: the panel's place names (disambiguated), regions, basemap labels. */
function names(lang: Lang): string[] {
  const raw = [...regions.features, ...basemap.features].map((f) => f.properties[key[lang]]);
  const shown = places.map((p) => (lang === 'uk' ? p.nameUk : p.nameEn));
  return [...new Set([...shown, ...raw.filter((n): n is string => !!n)])];
}

/** ICU's order, with code points breaking its ties the way compareNames does. */
function icu(lang: Lang) {
  const collator = new Intl.Collator(lang);
  return (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

// Sorting from reversed ICU order, so an input that happens to be sorted already proves nothing.
const sortBoth = (list: string[], lang: Lang) => {
  const expected = [...list].sort(icu(lang));
  return { expected, actual: [...expected].reverse().sort(compareNames(lang)) };
};

describe('compareNames', () => {
  for (const lang of LANGS) {
    it(`orders every place name like Intl.Collator('${lang}')`, () => {
      const list = names(lang);
      expect(list.length).toBeGreaterThan(100);
      const { expected, actual } = sortBoth(list, lang);
      expect(actual).toEqual(expected);
    });

    it(`orders the claimants like Intl.Collator('${lang}')`, () => {
      expect(claimants.length).toBeGreaterThan(5);
      const { expected, actual } = sortBoth(claimants, lang);
      expect(actual).toEqual(expected);
    });

    it(`orders the table's characters, both cases and accented letters like Intl.Collator('${lang}')`, () => {
      // ICU's root order, which 'en' uses, files ґ under г and ї under і; compareNames keeps the
      // Ukrainian alphabet in both languages (every English name is Latin), so 'en' leaves them out.
      const cyrillic = lang === 'uk' ? 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя' : 'абвгдеєжзиійклмнопрстуфхцчшщьюя';
      const table = ` \u00a0_-–—,;:!?.'‘’"“”„«»()[]{}@*/\\&#%\`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz${cyrillic}`;
      const chars = [...table, ...table.toUpperCase(), ...'åÅéÉèёЁ'];
      const pairs = chars.flatMap((c) => [c, `${c}a`, `a${c}`]);
      const { expected, actual } = sortBoth([...new Set(pairs)], lang);
      expect(actual).toEqual(expected);
    });
  }

  it('puts the Ukrainian letters where the alphabet has them, not where code points do', () => {
    const uk = compareNames('uk');
    const sorted = (...list: string[]) => [...list].reverse().sort(uk);
    expect(sorted('Житомирська', 'Івано-Франківська', 'Київська')).toEqual(['Житомирська', 'Івано-Франківська', 'Київська']);
    expect(sorted('Гуляйполе', 'Ґорґани', 'Дніпро')).toEqual(['Гуляйполе', 'Ґорґани', 'Дніпро']);
    expect(sorted('Ямпіль', 'Єнакієве', 'Енергодар')).toEqual(['Енергодар', 'Єнакієве', 'Ямпіль']);
    expect(sorted('Йосипівка', 'Їжаківка', 'Іванків')).toEqual(['Іванків', 'Їжаківка', 'Йосипівка']);
    // Code-point order gets each of these wrong.
    expect(['Київська', 'Івано-Франківська', 'Житомирська'].sort()).not.toEqual(sorted('Житомирська', 'Івано-Франківська', 'Київська'));
  });

  it('puts a prefix first, lowercase before uppercase, and Cyrillic first only in Ukrainian', () => {
    for (const lang of LANGS) {
      const compare = compareNames(lang);
      expect(compare('Kyiv', 'Kyiv (city)')).toBeLessThan(0);
      expect(compare('Kyiv (city)', 'Kyiv')).toBeGreaterThan(0);
      expect(compare('kyiv', 'Kyiv')).toBeLessThan(0);
      expect(compare('Kyiv', 'kyiv')).toBeGreaterThan(0);
      expect(compare('kyiv', 'Kyivska')).toBeLessThan(0);
      expect(compare('Aland', 'Åland')).toBeLessThan(0);
      expect(compare('Åland', 'Alba')).toBeLessThan(0);
      expect(compare('Kyiv', 'Kyiv')).toBe(0);
    }
    expect(compareNames('uk')('Ялта', 'Armenia')).toBeLessThan(0);
    expect(compareNames('en')('Ялта', 'Armenia')).toBeGreaterThan(0);
  });
});
