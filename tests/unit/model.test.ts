// The viewer's own rules over claims: place status, dates at their precision, filters, disputes, permalinks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readClaims } from '../../scripts/lib/read-geodata';
import type { Claim } from '../../src/lib/model/types';
import { placeStatus } from '../../src/lib/model/placeStatus';
import { dateSpan, formatEventDate, overlapsRange } from '../../src/lib/model/dates';
import { EMPTY_FILTER, matchesFilter } from '../../src/lib/model/claimFilter';
import { groupDisputes } from '../../src/lib/model/disputeGroups';
import { allMarks, markQuotes, piecesText } from '../../src/lib/model/highlights';
import { formatHash, parseHash } from '../../src/lib/state/hash';

const root = new URL('../../', import.meta.url);
const claims: Claim[] = readClaims(new URL('geodata/', root).pathname);
const of = (place: string) => claims.filter((c) => c.places.includes(place));

function claim(over: Partial<Claim>): Claim {
  return {
    id: 'x',
    source: 's',
    quote: 'q',
    places: ['UA-09'],
    kind: 'statement',
    claimant: 'the article',
    status: 'asserted',
    event_date: { value: null, precision: 'unknown', basis: 'stated' },
    summary: 'x',
    disputes: [],
    ...over,
  };
}

describe('place status', () => {
  it('follows the landed claims: Luhansk claimed and disputed, Crimea annexed, Kupol struck, Sumy attacked', () => {
    expect(placeStatus(of('UA-09'))).toBe('control-claimed-disputed');
    expect(placeStatus(of('UA-43'))).toBe('annexation-claimed');
    expect(placeStatus(of('kupol-izhevsk'))).toBe('strike-reported');
    expect(placeStatus(of('UA-59'))).toBe('attack-reported');
    expect(placeStatus(of('UA-12'))).toBe('advance-claimed');
    expect(placeStatus(of('UA-05'))).toBe('no-claims');
  });

  it('a control claim nobody contradicts is "control claimed"; one that is contradicted is "disputed"', () => {
    const a = claim({ id: 'a', kind: 'control' });
    expect(placeStatus([a])).toBe('control-claimed');
    const b = claim({ id: 'b', kind: 'control', status: 'contested', disputes: ['a'] });
    expect(placeStatus([{ ...a, disputes: ['b'] }, b])).toBe('control-claimed-disputed');
    // A denied control claim asserts nothing.
    expect(placeStatus([claim({ kind: 'control', status: 'denied' })])).toBe('mentioned');
  });

  it('counts a dispute link either way round, but only between claims of the place', () => {
    const a = claim({ id: 'a', kind: 'control' });
    // Only the other claim names the link (a hand-edited file): still a dispute.
    expect(placeStatus([a, claim({ id: 'b', kind: 'attack', disputes: ['a'] })])).toBe('control-claimed-disputed');
    // Only the control claim names it.
    expect(placeStatus([{ ...a, disputes: ['b'] }, claim({ id: 'b', kind: 'attack' })])).toBe('control-claimed-disputed');
    // The claim it names is about another place, so not among these.
    expect(placeStatus([{ ...a, disputes: ['elsewhere'] }])).toBe('control-claimed');
  });
});

describe('event dates', () => {
  it('are never shown more precisely than stored', () => {
    expect(formatEventDate({ value: '2025-07-04', precision: 'day', basis: 'inferred' })).toBe('4 July 2025');
    expect(formatEventDate({ value: '2025-07', precision: 'month', basis: 'inferred' })).toBe('July 2025');
    expect(formatEventDate({ value: '2022', precision: 'year', basis: 'stated' })).toBe('2022');
    expect(formatEventDate({ value: null, precision: 'unknown', basis: 'stated' })).toBeNull();
    expect(formatEventDate({ value: '2025-07-04', precision: 'day', basis: 'stated' }, 'uk')).toBe('4 липня 2025');
  });

  it('span the whole month or year they name, and overlap ranges accordingly', () => {
    expect(dateSpan({ value: '2024-02', precision: 'month', basis: 'stated' })).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    const y2022 = { value: '2022', precision: 'year', basis: 'stated' } as const;
    expect(overlapsRange(y2022, { from: '2022-09', to: null })).toBe(true);
    expect(overlapsRange(y2022, { from: '2023-01', to: null })).toBe(false);
    expect(overlapsRange({ value: null, precision: 'unknown', basis: 'stated' }, { from: '2023-01', to: null })).toBeNull();
  });
});

describe('claim filter', () => {
  it('narrows by kind, claimant, source and words, folding case and accents', () => {
    expect(claims.filter((c) => matchesFilter(c, { ...EMPTY_FILTER, kinds: ['strike'] })).every((c) => c.kind === 'strike')).toBe(
      true,
    );
    const chloro = claims.filter((c) => matchesFilter(c, { ...EMPTY_FILTER, text: 'CHLOROPICRIN' }));
    expect(chloro.map((c) => c.id)).toEqual(claims.filter((c) => /chloropicrin/i.test(c.quote + c.summary)).map((c) => c.id));
    expect(
      claims
        .filter((c) => matchesFilter(c, { ...EMPTY_FILTER, source: 'tensions-escalate' }))
        .every((c) => c.source === 'tensions-escalate'),
    ).toBe(true);
  });

  it('keeps undated claims in a date range unless told not to', () => {
    const undated = claim({});
    const range = { from: '2025-01', to: '2025-12' };
    expect(matchesFilter(undated, { ...EMPTY_FILTER, range })).toBe(true);
    expect(matchesFilter(undated, { ...EMPTY_FILTER, range, includeUndated: false })).toBe(false);
    expect(matchesFilter(undated, { ...EMPTY_FILTER, includeUndated: false })).toBe(false);
  });
});

describe('disputes and highlights', () => {
  it('groups each set of contradicting claims together, singles stay single', () => {
    const groups = groupDisputes(of('UA-09'));
    const disputes = groups.filter((g) => g.kind === 'dispute');
    expect(disputes.length).toBeGreaterThan(0);
    const ids = groups.flatMap((g) => (g.kind === 'single' ? [g.claim.id] : g.claims.map((c) => c.id)));
    expect(ids.sort()).toEqual(
      of('UA-09')
        .map((c) => c.id)
        .sort(),
    );
  });

  it('marks each quote once in the text and loses no character of it', () => {
    const text = 'Alpha said “one two”. Beta said three four. End.';
    const pieces = markQuotes(text, [claim({ id: 'a', quote: 'said "one two"' }), claim({ id: 'b', quote: 'three four' })], 'b');
    expect(piecesText(pieces)).toBe(text);
    expect(allMarks(pieces).map((m) => [m.claimId, m.current, m.last])).toEqual([
      ['a', false, true],
      ['b', true, true],
    ]);
  });

  it('marks a quote inside another as a nested mark, and one crossing another in pieces', () => {
    const text = 'One two three four five six seven.';
    const claims = [
      claim({ id: 'outer', quote: 'two three four five' }),
      claim({ id: 'inner', quote: 'three four' }),
      claim({ id: 'cross', quote: 'five six seven' }),
    ];
    const pieces = markQuotes(text, claims, 'outer');
    expect(piecesText(pieces)).toBe(text);
    const marks = allMarks(pieces);
    const outer = marks.filter((m) => m.claimId === 'outer');
    expect(outer).toHaveLength(1);
    expect(piecesText(outer[0].pieces)).toBe('two three four five');
    // The inner quote sits inside the outer mark.
    expect(allMarks(outer[0].pieces).map((m) => m.claimId)).toContain('inner');
    // The crossing quote is cut at the outer quote's end: its first piece inside, the rest after it.
    const cross = marks.filter((m) => m.claimId === 'cross');
    expect(cross.map((m) => [piecesText(m.pieces), m.last, m.split])).toEqual([
      ['five', false, true],
      [' six seven', true, true],
    ]);
  });

  it('keeps the quote being read whole, cutting the other instead', () => {
    const text = 'a b c d e f';
    const pieces = markQuotes(text, [claim({ id: 'x', quote: 'a b c d' }), claim({ id: 'y', quote: 'c d e f' })], 'y');
    expect(piecesText(pieces)).toBe(text);
    const marks = allMarks(pieces);
    expect(marks.filter((m) => m.claimId === 'y')).toHaveLength(1);
    expect(marks.filter((m) => m.claimId === 'x').map((m) => piecesText(m.pieces))).toEqual(['a b ', 'c d']);
  });
});

describe('permalink hash', () => {
  it('round-trips selection, view, layers, language, range, reader, assessment and filters', () => {
    const state = {
      selection: { kind: 'region' as const, id: 'UA-09' },
      view: { zoom: 5.5, lat: 48.5, lng: 37.25 },
      layers: ['UA-09', 'kupol-izhevsk'],
      lang: 'uk' as const,
      from: '2025-06',
      to: '2025-07',
      read: 'sumy-troop-buildup',
      assess: { name: 'Test Assessor', date: '2025-07-04' },
      kinds: ['control' as const, 'strike' as const],
      claimant: 'Russian Defence Ministry & co. (50%)',
      source: 'tensions-escalate',
      q: 'Kupol plant, drones',
      undated: false,
    };
    expect(parseHash(formatHash(state))).toEqual(state);
    expect(formatHash(parseHash('#site=kupol-izhevsk'))).toBe('#site=kupol-izhevsk');
  });

  it('ignores what is malformed instead of failing', () => {
    const state = parseHash('#region=<script>&view=99/1/1&from=2025-13&lang=fr&layers=UA-09,%3Cb%3E');
    expect(state.selection).toBeNull();
    expect(state.view).toBeNull();
    expect(state.from).toBeNull();
    expect(state.lang).toBeNull();
    expect(state.layers).toEqual(['UA-09']);
  });

  it('leaves default filters out of the link and drops malformed ones', () => {
    expect(formatHash(parseHash(''))).toBe('');
    expect(parseHash('#undated=1').undated).toBe(true);
    const state = parseHash('#kind=control,bogus,control&claimant=%0Ax&source=<b>&q=%20%20&undated=no');
    expect(state.kinds).toEqual(['control']);
    expect(state.claimant).toBeNull();
    expect(state.source).toBeNull();
    expect(state.q).toBeNull();
    expect(state.undated).toBe(true);
    expect(parseHash(`#q=${'x'.repeat(201)}`).q).toBeNull();
    expect(parseHash('#q=a+b%2Bc').q).toBe('a b+c');
  });
});

describe('places', () => {
  it('gives every place a name of its own in each language, so no two panel controls share a name', async () => {
    const { buildPlaces } = await import('../../src/lib/model/places');
    const read = (p: string) => JSON.parse(readFileSync(new URL(`geodata/${p}`, root), 'utf8'));
    const places = buildPlaces(read('region-labels.geojson'), read('sites.geojson'));
    for (const name of [(p: { nameEn: string }) => p.nameEn, (p: { nameUk: string }) => p.nameUk]) {
      const names = places.map(name);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
    expect(places.find((p) => p.id === 'UA-30')?.nameUk).toBe('Київ (місто зі спеціальним статусом)');
    expect(places.find((p) => p.id === 'kyiv')?.nameUk).toBe('Київ');
  });
});
