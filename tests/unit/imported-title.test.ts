// The name an imported feature is listed by when several lie under one click.
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, featureTitle } from '../../src/lib/panels/importedTitle';
import { translate } from '../../src/lib/i18n/strings';

describe('imported feature titles', () => {
  it('takes the name in the reader’s language, then the name, then the title, in any letter case', () => {
    const props = { name_uk: 'Міст', name: 'Bridge', title: 'Crossing' };
    expect(featureTitle(props, 'uk')).toBe('Міст');
    expect(featureTitle(props, 'en')).toBe('Bridge');
    expect(featureTitle({ TITLE: 'Depot', note: 'x' }, 'en')).toBe('Depot');
    expect(featureTitle({ Name: 7 }, 'en')).toBe('7');
  });

  it('skips empty and non-text values, so the feature is numbered instead', () => {
    expect(featureTitle({ name: '   ', title: { a: 1 } }, 'en')).toBeNull();
    expect(featureTitle({}, 'en')).toBeNull();
    expect(translate('en', 'featureOfLayer', { n: 3, layer: 'strikes' })).toBe('Feature 3 of strikes');
    expect(translate('uk', 'featureOfLayer', { n: 3, layer: 'strikes' })).toBe('Об’єкт 3 шару strikes');
  });

  it('shortens a long name without breaking a character in two', () => {
    const long = '🛰'.repeat(MAX_TITLE_CHARS + 5);
    const title = featureTitle({ name: long }, 'en')!;
    expect(Array.from(title)).toHaveLength(MAX_TITLE_CHARS);
    expect(title.endsWith('🛰…')).toBe(true);
  });

  it('counts the features under a click in both languages', () => {
    expect(translate('en', 'featuresHere', { n: 3 })).toBe('3 features here');
    expect(translate('uk', 'featuresHere', { n: 3 })).toBe('Тут 3 об’єкти');
    expect(translate('uk', 'featuresHere', { n: 5 })).toBe('Тут 5 об’єктів');
  });
});
