// The PNG caption: sources named (and counted past a dozen), the date range and undated rule, the export date.
import { describe, expect, it } from 'vitest';
import { MAX_SOURCES_NAMED, pngCaption, type CaptionText } from '../../src/lib/export/pngCaption.ts';

const templates: Record<string, string> = {
  pngSources: 'Sources: {list}',
  pngMore: 'and {n} more',
  pngDates: 'Dates shown: {range}',
  pngAllDates: 'all dates',
  pngFrom: 'from {month}',
  pngTo: 'up to {month}',
  pngUndatedIn: 'undated included',
  pngUndatedOut: 'undated left out',
  pngExported: 'Exported {date}',
};
const text: CaptionText = (key, vars = {}) => templates[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const base = {
  sources: ['Tensions Escalate', 'Escalation in Ukraine'],
  range: { from: null, to: null },
  includeUndated: true,
  month: (m: string) => `M${m}`,
  exportedAt: new Date(Date.UTC(2026, 11, 6, 12)),
  lang: 'en' as const,
};

describe('PNG caption', () => {
  it('names the sources, says all dates, and dates the export', () => {
    expect(pngCaption(base, text)).toEqual([
      'Sources: Tensions Escalate; Escalation in Ukraine',
      'Dates shown: all dates (undated included)',
      'Exported 6 December 2026',
    ]);
  });

  it('gives a filtered range, so a map of 2014-2022 cannot pass for a current one', () => {
    const lines = pngCaption({ ...base, range: { from: '2014-01', to: '2022-02' }, includeUndated: false }, text);
    expect(lines[1]).toBe('Dates shown: M2014-01 – M2022-02 (undated left out)');
    expect(pngCaption({ ...base, range: { from: '2014-01', to: null } }, text)[1]).toContain('from M2014-01');
    expect(pngCaption({ ...base, range: { from: null, to: '2022-02' } }, text)[1]).toContain('up to M2022-02');
  });

  it('counts the sources past a dozen instead of naming them', () => {
    const many = Array.from({ length: MAX_SOURCES_NAMED + 5 }, (_, i) => `S${i}`);
    const [line] = pngCaption({ ...base, sources: many }, text);
    expect(line).toContain(`S${MAX_SOURCES_NAMED - 1};`);
    expect(line).not.toContain(`S${MAX_SOURCES_NAMED};`);
    expect(line.endsWith('and 5 more')).toBe(true);
  });

  it('writes the export date in Ukrainian for the Ukrainian interface', () => {
    expect(pngCaption({ ...base, lang: 'uk' }, text)[2]).toMatch(/грудня 2026/);
  });
});
