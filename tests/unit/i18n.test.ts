// Interface strings: plurals by Intl.PluralRules in both languages, sentences that need no grammatical case.
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/i18n/strings';

describe('plural rules', () => {
  it('gives English one and other', () => {
    expect(translate('en', 'featureCount', { n: 1 })).toBe('1 feature');
    expect(translate('en', 'featureCount', { n: 4 })).toBe('4 features');
    expect(translate('en', 'claimsCount', { n: 1, total: 1 })).toBe('1 of 1 claim');
    expect(translate('en', 'claimsCount', { n: 2, total: 40 })).toBe('2 of 40 claims');
  });

  it('gives Ukrainian one, few and many', () => {
    expect(translate('uk', 'featureCount', { n: 1 })).toBe('1 об’єкт');
    expect(translate('uk', 'featureCount', { n: 4 })).toBe('4 об’єкти');
    expect(translate('uk', 'featureCount', { n: 5 })).toBe('5 об’єктів');
    expect(translate('uk', 'featureCount', { n: 21 })).toBe('21 об’єкт');
    expect(translate('uk', 'featureCount', { n: 11 })).toBe('11 об’єктів');
    expect(translate('uk', 'undatedCount', { n: 19, m: 21 })).toMatch(
      /^19 тверджень не мають відомої дати; 21 має дату, виведену редактором/,
    );
    expect(translate('uk', 'undatedCount', { n: 2, m: 3 })).toMatch(
      /^2 твердження не мають відомої дати; 3 мають дати, виведені/,
    );
  });

  it('names a place in a sentence that needs no case ending', () => {
    expect(translate('uk', 'claimsFor', { place: 'Луганська область' })).toBe('Твердження — Луганська область');
    expect(translate('uk', 'claimsCount', { n: 5, total: 40 })).toBe('Твердження: 5 з 40');
  });
});

describe('the import hints', () => {
  it('the drop hint names every format the import reads, in both languages', () => {
    for (const lang of ['en', 'uk'] as const) {
      const hint = translate(lang, 'dropHere');
      for (const format of ['GeoJSON', 'TopoJSON', 'KML', 'KMZ', 'GPX', 'CSV', 'TSV']) expect(hint, lang).toContain(format);
    }
    expect(translate('uk', 'dropHere')).toMatch(/^Перетягніть файл з даними мапи/);
  });

  it('keeps the file input’s name in both languages', () => {
    expect(translate('en', 'importGeojson')).toBe('Import GeoJSON');
    expect(translate('uk', 'importGeojson')).toBe('Імпортувати GeoJSON');
  });
});
