// Assessed figures in the claims export: synthetic boxes whose areas are worked out by hand, written beside the right claims in CSV and GeoJSON.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportedFigures, planFigures, plannedFigures } from '../../src/lib/assess/claimFigures.ts';
import { assessedArea, insideKm2, ukraineFigure, unitFigure, unitsFrom, type Figure } from '../../src/lib/assess/figures.ts';
import type { AssessSeries } from '../../src/lib/assess/store.svelte.ts';
import { ASSESSED_COLUMNS, CLAIM_COLUMNS, type AssessedFigure, type ExportPlace } from '../../src/lib/export/claimRecord.ts';
import { claimsGeoJsonText, claimsToGeoJson } from '../../src/lib/export/claimsGeojson.ts';
import { claimsToCsv } from '../../src/lib/export/claimsCsv.ts';
import { pngCaption, type CaptionText } from '../../src/lib/export/pngCaption.ts';
import { translate } from '../../src/lib/i18n/strings.ts';
import { buildPlaces, type RegionLabelProperties } from '../../src/lib/model/places.ts';
import type { Claim, SiteProperties, Source } from '../../src/lib/model/types.ts';
import { box } from './boxes';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as T;
const sources = readJson<Source[]>('geodata/sources/sources.json');
const template = readJson<Claim[]>(`geodata/claims/${sources[0].id}.json`)[0];
const places: ExportPlace[] = buildPlaces(
  readJson<FeatureCollection<Point, RegionLabelProperties>>('geodata/region-labels.geojson'),
  readJson<FeatureCollection<Point, SiteProperties>>('geodata/sites.geojson'),
);

/**
 * A longitude-latitude box's area on the sphere of radius 6371.0088 km, by hand: R² · Δλ · (sin φn − sin φs).
 * Exact for such a box, and what the figures' geodesic area gives for it.
 */
const R = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;
const boxKm2 = (w: number, s: number, e: number, n: number) => R * R * rad(e - w) * (Math.sin(rad(n)) - Math.sin(rad(s)));

// Two made-up regions under real ids, side by side: "UA-09" 30-32° E, "UA-14" 32-34° E, both 48-50° N.
const units = unitsFrom({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'UA-09', name_en: 'West', name_uk: 'Захід', type: 'oblast' },
      geometry: box(30, 48, 32, 50),
    },
    {
      type: 'Feature',
      properties: { id: 'UA-14', name_en: 'East', name_uk: 'Схід', type: 'oblast' },
      geometry: box(32, 48, 34, 50),
    },
  ],
});
// A series of two dates: on 2025-06-01 the south-west quarter box of UA-09 (30-31° E, 48-49° N); on
// 2025-07-04 a box over 31-32.5° E: half of UA-09 (31-32° E) and a quarter of UA-14 (32-32.5° E).
const shapes: Record<string, Polygon> = { '2025-06-01': box(30, 48, 31, 49), '2025-07-04': box(31, 47, 32.5, 51) };
const series: AssessSeries = {
  key: 'test assessor',
  name: 'Test Assessor',
  notes: [],
  dates: ['2025-06-01', '2025-07-04'],
  layerIds: ['l1'],
};

/** The worker's answer for a planned figure, worked out the same way here. */
function figure(date: string, place: string): Figure {
  const area = assessedArea([shapes[date]]);
  if (place === 'UA') return ukraineFigure(units, (u) => insideKm2(u, area));
  return unitFigure(units.get(place)!, area);
}

const claim = (id: string, over: Partial<Claim>): Claim => ({ ...template, id, disputes: [], ...over });
const claims: Claim[] = [
  // July 2025 counts to its last day: the 2025-07-04 assessment, on or before.
  claim('july-control', {
    kind: 'control',
    places: ['UA-09'],
    event_date: { value: '2025-07', precision: 'month', basis: 'stated' },
  }),
  // Two oblasts and a site (a point: no figure): 2025-06-15 takes 2025-06-01.
  claim('june-advance', {
    kind: 'advance',
    places: ['UA-09', 'kupiansk', 'UA-14'],
    event_date: { value: '2025-06-15', precision: 'day', basis: 'stated' },
  }),
  // Ukraine as a whole, undated: the latest, labelled so.
  claim('undated-territory', {
    kind: 'territory',
    places: ['UA'],
    event_date: { value: null, precision: 'unknown', basis: 'inferred' },
  }),
  // 2022, before the series: the latest, labelled so.
  claim('old-control', { kind: 'control', places: ['UA-09'], event_date: { value: '2022', precision: 'year', basis: 'stated' } }),
  // A strike: no assessment of control is set beside it.
  claim('a-strike', { kind: 'strike', places: ['UA-09'], event_date: { value: '2025-07', precision: 'month', basis: 'stated' } }),
];

/** As the export gets them: the plan's distinct figures worked out (here, not in the worker), then each claim's. */
function figuresOf(list: readonly Claim[], s: AssessSeries[]): Map<string, AssessedFigure[]> {
  const plan = planFigures(list, s);
  const worked = new Map(plan.distinct.map((p) => [p.key, figure(p.date, p.place)]));
  return exportedFigures(plan, (key) => worked.get(key)!);
}
const assessed = figuresOf(claims, [series]);

const west = boxKm2(30, 48, 32, 50);
const east = boxKm2(32, 48, 34, 50);
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

function csvRows(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual([...CLAIM_COLUMNS, ...ASSESSED_COLUMNS]);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('which figures stand beside a claim', () => {
  it('as the card lists them: control-type kinds only, measured places only, each series its date', () => {
    expect(plannedFigures(claims[0], [series]).map((p) => [p.place, p.date, p.basis])).toEqual([
      ['UA-09', '2025-07-04', 'on-or-before'],
    ]);
    expect(plannedFigures(claims[1], [series]).map((p) => [p.place, p.date])).toEqual([
      ['UA-09', '2025-06-01'],
      ['UA-14', '2025-06-01'],
    ]);
    expect(plannedFigures(claims[2], [series])[0].basis).toBe('undated');
    expect(plannedFigures(claims[3], [series])[0].basis).toBe('before-series');
    expect(plannedFigures(claims[4], [series])).toEqual([]);
    expect(plannedFigures(claims[0], [])).toEqual([]);
  });
  it('the export asks for each distinct figure once (two claims share UA-09 on 2025-07-04)', () => {
    const plan = planFigures(claims, [series]);
    expect(plan.byClaim.map(([id]) => id)).toEqual(['july-control', 'june-advance', 'undated-territory', 'old-control']);
    expect(plan.distinct.map((p) => p.key)).toEqual([
      'test assessor|2025-07-04|UA-09',
      'test assessor|2025-06-01|UA-09',
      'test assessor|2025-06-01|UA-14',
      'test assessor|2025-07-04|UA',
    ]);
  });
});

describe('CSV with an assessment', () => {
  const rows = csvRows(claimsToCsv(claims, sources, places, assessed));
  const row = (id: string) => rows.find((r) => r.claim_id === id)!;

  it('a box over half of a region: 50% and half its area, named and dated', () => {
    const r = row('july-control');
    expect(r.assessed_places).toBe('UA-09');
    expect(r.assessed_by).toBe('Test Assessor');
    expect(r.assessed_on).toBe('2025-07-04');
    expect(r.assessed_date_basis).toBe('on-or-before');
    expect(Number(r.assessed_share_percent)).toBe(50);
    expect(Number(r.assessed_km2)).toBeCloseTo(west / 2, 0);
    expect(r.assessed_km2).toBe(String(round(boxKm2(31, 48, 32, 50), 1)));
  });

  it('a claim naming two regions and a site: one value per region, in the same order in every column', () => {
    const r = row('june-advance');
    expect(r.places).toBe('UA-09; kupiansk; UA-14');
    expect(r.assessed_places).toBe('UA-09; UA-14');
    expect(r.assessed_by).toBe('Test Assessor; Test Assessor');
    expect(r.assessed_on).toBe('2025-06-01; 2025-06-01');
    // The quarter box (30-31° E, 48-49° N) is inside UA-09 and outside UA-14.
    const quarter = boxKm2(30, 48, 31, 49);
    expect(r.assessed_share_percent).toBe(`${round((quarter / west) * 100, 2)}; 0`);
    expect(r.assessed_km2).toBe(`${round(quarter, 1)}; 0`);
  });

  it('Ukraine as a whole (here the two regions), undated: the latest, and the export says why', () => {
    const r = row('undated-territory');
    expect(r.assessed_places).toBe('UA');
    expect(r.assessed_on).toBe('2025-07-04');
    expect(r.assessed_date_basis).toBe('latest-undated');
    const inside = boxKm2(31, 48, 32.5, 50);
    expect(Number(r.assessed_km2)).toBeCloseTo(inside, 0);
    expect(Number(r.assessed_share_percent)).toBeCloseTo((inside / (west + east)) * 100, 2);
    expect(row('old-control').assessed_date_basis).toBe('latest-before-series');
    expect(row('old-control').assessed_share_percent).toBe('50');
  });

  it('claims without figures leave the assessed cells empty', () => {
    for (const column of ASSESSED_COLUMNS) expect(row('a-strike')[column]).toBe('');
  });

  it('guards a typed assessment name that a spreadsheet would run as a formula', () => {
    const evil: AssessSeries = { ...series, key: 'evil', name: '=HYPERLINK("http://example.invalid","x")' };
    const r = csvRows(claimsToCsv([claims[0]], sources, places, figuresOf([claims[0]], [evil])))[0];
    expect(r.assessed_by).toBe(`'${evil.name}`);
  });

  it('two series: each figure once per series, series by series', () => {
    const other: AssessSeries = { ...series, key: 'other', name: 'Other', dates: ['2025-06-01'] };
    const r = csvRows(claimsToCsv([claims[0]], sources, places, figuresOf([claims[0]], [series, other])))[0];
    expect(r.assessed_by).toBe('Test Assessor; Other');
    expect(r.assessed_on).toBe('2025-07-04; 2025-06-01');
    expect(r.assessed_share_percent).toBe(`50; ${round((boxKm2(30, 48, 31, 49) / west) * 100, 2)}`);
  });
});

describe('GeoJSON with an assessment', () => {
  const fc = claimsToGeoJson(claims, sources, places, assessed);
  const props = (id: string) => fc.features.find((f) => f.properties.claim_id === id)!.properties;

  it('carries the figures as lists of numbers, beside the claim', () => {
    const p = props('june-advance');
    expect(p.assessed_places).toEqual(['UA-09', 'UA-14']);
    expect(p.assessed_by).toEqual(['Test Assessor', 'Test Assessor']);
    expect(p.assessed_on).toEqual(['2025-06-01', '2025-06-01']);
    expect(p.assessed_date_basis).toEqual(['on-or-before', 'on-or-before']);
    expect(p.assessed_share_percent).toEqual([round((boxKm2(30, 48, 31, 49) / west) * 100, 2), 0]);
    expect(p.assessed_km2![0]).toBeCloseTo(boxKm2(30, 48, 31, 49), 1);
    expect(props('july-control').assessed_share_percent).toEqual([50]);
    expect(props('undated-territory').assessed_date_basis).toEqual(['latest-undated']);
    expect(props('a-strike').assessed_places).toEqual([]);
  });

  it('without an assessment, no assessed fields at all', () => {
    const plain = claimsToGeoJson(claims, sources, places);
    for (const f of plain.features) expect(Object.keys(f.properties).filter((k) => k.startsWith('assessed_'))).toEqual([]);
    expect(claimsGeoJsonText(claims, sources, places)).toBe(`${JSON.stringify(plain, null, 2)}\n`);
    expect(claimsToCsv(claims, sources, places).split('\r\n')[0]).toBe(`\uFEFF${CLAIM_COLUMNS.join(',')}`);
  });
});

describe('PNG caption with an assessment', () => {
  const input = {
    sources: ['Tensions Escalate'],
    range: { from: null, to: null },
    includeUndated: true,
    month: (m: string) => m,
    exportedAt: new Date(Date.UTC(2026, 11, 6, 12)),
  };

  it('names the assessment drawn as its source’s, with its date and note, never as fact', () => {
    const t: CaptionText = (key, vars) => translate('en', key, vars);
    const assessment = { by: 'Test Assessor', date: '2025-07-04', notes: ['Made-up test data', 'CC BY 4.0'] };
    const lines = pngCaption({ ...input, lang: 'en', assessment }, t);
    expect(lines).toEqual([
      'Sources: Tensions Escalate',
      'Dates shown: all dates (claims with no known date included)',
      'Outline and shading: the area Test Assessor assesses as held on 2025-07-04. This is Test Assessor’s assessment, not an established fact.',
      'Source note (Test Assessor): Made-up test data; CC BY 4.0',
      'Exported 6 December 2026',
    ]);
    const uk = pngCaption({ ...input, lang: 'uk', assessment }, (key, vars) => translate('uk', key, vars));
    expect(uk[2]).toBe(
      'Контур і штрихування: площа, яку Test Assessor оцінює як утримувану на 2025-07-04. Це оцінка Test Assessor, а не встановлений факт.',
    );
    // Without a note, no note line; without an assessment, the caption as before.
    expect(pngCaption({ ...input, lang: 'en', assessment: { ...assessment, notes: [] } }, t)).toHaveLength(4);
    expect(pngCaption({ ...input, lang: 'en' }, t)).toHaveLength(3);
  });
});
