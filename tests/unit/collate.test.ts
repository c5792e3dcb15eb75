// Names sort as an English or a Ukrainian reader expects (Node has full ICU, as browsers do).
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/lib/i18n/collate';
import type { Lang } from '../../src/lib/i18n/strings';

const LANGS: Lang[] = ['en', 'uk'];
/** Sorted from the reverse of the expected order, so an input already in order proves nothing. */
const sortedIn = (lang: Lang, expected: string[]) => [...expected].reverse().sort(compareNames(lang));

describe('compareNames', () => {
  it('sorts Latin letters with marks beside their base letter, not after z', () => {
    for (const lang of LANGS) {
      const expected = ['Aland', 'Åland', 'Alba', 'Łódź', 'Lviv', 'Øresund', 'Oslo', 'Zagreb'];
      expect(sortedIn(lang, expected)).toEqual(expected);
      // Code-point order puts Å, Ł and Ø after Zagreb.
      expect([...expected].sort()).not.toEqual(expected);
    }
  });

  it('puts the Ukrainian letters ґ, є, і, ї, й where the Ukrainian alphabet has them', () => {
    const expected = [
      'Гуляйполе',
      'Ґорґани',
      'Дніпро',
      'Енергодар',
      'Єнакієве',
      'Житомирська',
      'Иршава',
      'Іванків',
      'Їжаківка',
      'Йосипівка',
      'Київська',
      'Ямпіль',
    ];
    expect(sortedIn('uk', expected)).toEqual(expected);
    expect([...expected].sort()).not.toEqual(expected);
  });

  it('puts Cyrillic names first in Ukrainian and Latin names first in English', () => {
    expect(sortedIn('uk', ['Ялта', 'Armenia'])).toEqual(['Ялта', 'Armenia']);
    expect(sortedIn('en', ['Armenia', 'Ялта'])).toEqual(['Armenia', 'Ялта']);
  });

  it('puts a prefix first and lowercase before uppercase, and never calls two distinct names equal', () => {
    for (const lang of LANGS) {
      const compare = compareNames(lang);
      expect(compare('Kyiv', 'Kyiv (city)')).toBeLessThan(0);
      expect(compare('Kyiv (city)', 'Kyiv')).toBeGreaterThan(0);
      expect(compare('kyiv', 'Kyiv')).toBeLessThan(0);
      expect(compare('Kyiv', 'kyiv')).toBeGreaterThan(0);
      expect(compare('Kyiv', 'Kyiv')).toBe(0);
      // ICU ignores some differences (a no-break space against a space); code points break the tie.
      expect(compare('Nova Kakhovka', 'Nova\u00a0Kakhovka')).not.toBe(0);
      expect(Math.sign(compare('Nova Kakhovka', 'Nova\u00a0Kakhovka'))).toBe(
        -Math.sign(compare('Nova\u00a0Kakhovka', 'Nova Kakhovka')),
      );
    }
  });
});
