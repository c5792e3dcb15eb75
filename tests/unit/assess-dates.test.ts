// Assessment dates: read from file names and feature properties, and the assessment picked for a claim's date.
import { describe, expect, it } from 'vitest';
import { claimDay, dateFromFileName, featureDate, monthEnd, pickDate, validDay } from '../../src/lib/assess/dates';

describe('dateFromFileName', () => {
  it.each([
    ['occupied_20250704.geojson', '2025-07-04'],
    ['front-2025-07-04.kml', '2025-07-04'],
    ['2025_07_04 front.kmz', '2025-07-04'],
    ['dsm.2025.07.04.geojson', '2025-07-04'],
    ['C:\\data\\area_20240229.json', '2024-02-29'],
    ['from 2025-06-01 to 2025-07-04.geojson', '2025-07-04'],
  ])('%s → %s', (name, date) => expect(dateFromFileName(name)).toBe(date));

  it.each([
    ['areas.geojson'],
    ['area_20250231.geojson'], // no 31 February
    ['area_20231301.geojson'], // no month 13
    ['id_1202507049.geojson'], // part of a longer number
    ['2025-0704.geojson'], // mixed separators
    ['area_20230229.geojson'], // 2023 is no leap year
  ])('%s → null', (name) => expect(dateFromFileName(name)).toBeNull());
});

describe('featureDate', () => {
  it('reads date, Date or DATE as YYYY-MM-DD, YYYYMMDD, a date-time or a number', () => {
    expect(featureDate({ date: '2025-07-04' })).toBe('2025-07-04');
    expect(featureDate({ Date: '20250704' })).toBe('2025-07-04');
    expect(featureDate({ DATE: '2025-07-04T23:00:00Z' })).toBe('2025-07-04');
    expect(featureDate({ date: 20250704 })).toBe('2025-07-04');
  });
  it('ignores anything else', () => {
    expect(featureDate({ date: '04/07/2025' })).toBeNull();
    expect(featureDate({ date: '2025-02-30' })).toBeNull();
    expect(featureDate({ name: 'x' })).toBeNull();
    expect(featureDate(null)).toBeNull();
    expect(validDay(' 2025-07-04 ')).toBe('2025-07-04');
    expect(validDay('2025-7-4')).toBeNull();
  });
});

describe('claimDay and monthEnd', () => {
  it('takes a period to its last day', () => {
    expect(claimDay({ value: '2025-07-04', precision: 'day', basis: 'stated' })).toBe('2025-07-04');
    expect(claimDay({ value: '2025-07', precision: 'month', basis: 'stated' })).toBe('2025-07-31');
    expect(claimDay({ value: '2024-02', precision: 'month', basis: 'stated' })).toBe('2024-02-29');
    expect(claimDay({ value: '2022', precision: 'year', basis: 'stated' })).toBe('2022-12-31');
    expect(claimDay({ value: null, precision: 'unknown', basis: 'stated' })).toBeNull();
    expect(monthEnd('2025-06')).toBe('2025-06-30');
  });
});

describe('pickDate: on or nearest before, else the latest labelled', () => {
  const dates = ['2025-06-01', '2025-07-04', '2025-08-15'];
  it('the same day', () => expect(pickDate(dates, '2025-07-04')).toEqual({ date: '2025-07-04', basis: 'on-or-before' }));
  it('the nearest before', () => expect(pickDate(dates, '2025-07-31')).toEqual({ date: '2025-07-04', basis: 'on-or-before' }));
  it('never one after', () => expect(pickDate(dates, '2025-07-03')).toEqual({ date: '2025-06-01', basis: 'on-or-before' }));
  it('after the series: the last', () =>
    expect(pickDate(dates, '2026-01-01')).toEqual({ date: '2025-08-15', basis: 'on-or-before' }));
  it('before the series: the latest, labelled', () =>
    expect(pickDate(dates, '2022-12-31')).toEqual({ date: '2025-08-15', basis: 'before-series' }));
  it('undated: the latest, labelled', () => expect(pickDate(dates, null)).toEqual({ date: '2025-08-15', basis: 'undated' }));
  it('no dates: nothing', () => expect(pickDate([], '2025-07-04')).toBeNull());
  it('a 400-date series', () => {
    const many = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    expect(pickDate(many, '2024-06-15')?.date).toBe('2024-06-15');
    expect(pickDate(many, '2099-01-01')?.date).toBe(many[399]);
  });
});
