// The permalink names the assessment shown by its "Assessed by" name and date; anything malformed is dropped.
import { describe, expect, it } from 'vitest';
import { EMPTY_HASH, formatHash, parseHash } from '../../src/lib/state/hash';

describe('assessment in the permalink', () => {
  it('round-trips a name with spaces, a tilde and non-Latin letters', () => {
    for (const name of ['DeepStateMap', 'Test Assessor', 'a~b', 'Оцінка ЗСУ']) {
      const hash = formatHash({ ...EMPTY_HASH, assess: { name, date: '2025-07-04' } });
      expect(parseHash(hash).assess).toEqual({ name, date: '2025-07-04' });
    }
  });
  it('drops a bad date, an empty or overlong name, control characters', () => {
    expect(parseHash('#assess=X~2025-13-01').assess ?? null).toBeNull();
    expect(parseHash('#assess=~2025-07-04').assess ?? null).toBeNull();
    expect(parseHash(`#assess=${'x'.repeat(81)}~2025-07-04`).assess ?? null).toBeNull();
    expect(parseHash('#assess=a%0Ab~2025-07-04').assess ?? null).toBeNull();
    expect(parseHash('#assess=NoDate').assess ?? null).toBeNull();
  });
  it('is left out when no assessment is shown', () => {
    expect(formatHash({ ...EMPTY_HASH, lang: 'uk' })).toBe('#lang=uk');
  });
});
