// The claims data and the model's pure checks: quotes verbatim, mission places covered, disputes paired.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_KINDS,
  MISSION_REGIONS,
  MISSION_SITES,
  WHOLE_COUNTRY,
  checkClaimShape,
  checkClaims,
  checkEventDate,
  checkSources,
  claimsByPlace,
  foldForQuote,
  locateQuote,
  quoteInText,
  type Claim,
  type PlaceIndex,
  type Source,
} from '../../src/lib/model/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
const sources: Source[] = JSON.parse(read('geodata/sources/sources.json'));
const texts = new Map(sources.map((s) => [s.id, read(`geodata/sources/${s.text}`)]));
const claimFiles = sources.map((s) => ({
  file: `geodata/claims/${s.id}.json`,
  sourceId: s.id,
  data: JSON.parse(read(`geodata/claims/${s.id}.json`)) as Claim[],
}));
const claims = claimFiles.flatMap((f) => f.data);
const byId = new Map(claims.map((c) => [c.id, c]));
const byPlace = claimsByPlace(claims);
const ids = (place: string) => (byPlace.get(place) ?? []).map((c) => c.id);

describe('quote matching', () => {
  it('folds curly quotes and whitespace, nothing else', () => {
    expect(foldForQuote('Putin\u2019s \u201Cstall\n\n for  time\u201D ')).toBe('Putin\'s "stall for time"');
    expect(quoteInText('He said \u201Cno progress\u201D\ntoday.', 'said "no progress" today')).toBe(true);
    // Dashes, case, spelling and punctuation are not folded.
    expect(quoteInText('Sievierodonetsk \u2013 fell', 'Sievierodonetsk - fell')).toBe(false);
    expect(quoteInText('Kyiv endured', 'kyiv endured')).toBe(false);
    expect(quoteInText('Severodonetsk fell', 'Sievierodonetsk fell')).toBe(false);
    expect(quoteInText('some text', '   ')).toBe(false);
  });

  it('locates a quote in the original text for reading in context', () => {
    const text = 'Intro.\n\nRussia\u2019s  forces   advanced. End.';
    const span = locateQuote(text, "Russia's forces advanced.");
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe('Russia\u2019s  forces   advanced.');
  });
});

describe('event dates', () => {
  it('accepts each precision with a matching value', () => {
    expect(checkEventDate({ value: '2025-07-04', precision: 'day', basis: 'inferred', note: 'year from context' })).toEqual([]);
    expect(checkEventDate({ value: '2022-09', precision: 'month', basis: 'stated' })).toEqual([]);
    expect(checkEventDate({ value: '2014', precision: 'year', basis: 'stated' })).toEqual([]);
    expect(checkEventDate({ value: null, precision: 'unknown', basis: 'stated' })).toEqual([]);
  });
  it('rejects invented precision, impossible dates and unexplained inference', () => {
    expect(checkEventDate({ value: '2025-02-30', precision: 'day', basis: 'stated' })).toHaveLength(1);
    expect(checkEventDate({ value: '2025', precision: 'month', basis: 'stated' })).toHaveLength(1);
    expect(checkEventDate({ value: '2025-07', precision: 'unknown', basis: 'stated' })).toHaveLength(1);
    expect(checkEventDate({ value: '--06-24', precision: 'day', basis: 'stated' })).toHaveLength(1);
    expect(checkEventDate({ value: '2025-07', precision: 'month', basis: 'inferred' })[0]).toMatch(/no "note"/);
    expect(checkEventDate({ value: '2025', precision: 'decade', basis: 'guessed' })).toHaveLength(2);
  });
});

describe('checkClaims (pure)', () => {
  const places: PlaceIndex = {
    regions: new Set(['UA-09', 'UA-30']),
    sites: new Map([['kyiv', 'UA-30']]),
  };
  const good: Claim = {
    id: 'a-claim',
    source: 's',
    quote: 'Russia claims to have fully captured the Luhansk region',
    places: ['UA-09'],
    kind: 'control',
    claimant: 'Russia',
    status: 'asserted',
    event_date: { value: null, precision: 'unknown', basis: 'stated' },
    summary: 'Russia claims Luhansk',
    disputes: [],
  };
  const ctx = { sources: new Map([['s', 'Most notably, Russia claims to have fully captured the Luhansk region.']]), places };

  it('accepts a sound claim and returns it', () => {
    const result = checkClaims([{ file: 'f.json', data: [good] }], ctx);
    expect(result.errors).toEqual([]);
    expect(result.claims.map((c) => c.id)).toEqual(['a-claim']);
  });

  it('names file, claim and problem in each error', () => {
    const bad = { ...good, id: 'bad', places: ['UA-09', 'nowhere'], claimant: '' };
    const { errors } = checkClaims([{ file: 'f.json', data: [bad] }], ctx);
    expect(errors).toEqual([
      { file: 'f.json', claimId: 'bad', message: '"claimant" must be a non-empty string' },
      { file: 'f.json', claimId: 'bad', message: 'unknown place "nowhere"' },
    ]);
  });

  it('reports a record without an id by its index', () => {
    const { errors } = checkClaims([{ file: 'f.json', data: [{ ...good, id: undefined }] }], ctx);
    expect(errors).toEqual([{ file: 'f.json', claimId: null, message: 'claim at index 0: missing "id"' }]);
  });

  it('rejects a file that is not a list', () => {
    expect(checkClaims([{ file: 'f.json', data: { claims: [] } }], ctx).errors[0].message).toBe('must be a JSON array of claims');
  });

  it('lists every kind in the closed list in its message', () => {
    const problems = checkClaimShape({ ...good, kind: 'rumour' });
    expect(problems).toEqual([`kind "rumour" is not one of ${CLAIM_KINDS.join(', ')}`]);
  });
});

describe('checkSources (pure)', () => {
  const record = { id: 's', title: 'T', byline: null, text: 's.txt', sha256: 'a'.repeat(64) };
  it('accepts a source whose text hash matches', () => {
    const r = checkSources('sources.json', [record], new Map([['s.txt', { text: 'x', sha256: 'a'.repeat(64) }]]));
    expect(r.errors).toEqual([]);
    expect(r.texts.get('s')).toBe('x');
  });
  it('rejects a missing text, a hash mismatch, a missing byline field and a duplicate id', () => {
    const { byline: _omit, ...noByline } = record;
    const r = checkSources(
      'sources.json',
      [record, { ...noByline, text: 'gone.txt' }],
      new Map([['s.txt', { text: 'x', sha256: 'b'.repeat(64) }]]),
    );
    const messages = r.errors.map((e) => e.message);
    expect(messages).toContain(`source "s": sha256 mismatch for "s.txt": recorded ${'a'.repeat(64)}, file has ${'b'.repeat(64)}`);
    expect(messages).toContain('source "s": duplicate id "s"');
    expect(messages).toContain('source "s": missing "byline" (use null when the article names no author)');
    expect(messages).toContain('source "s": text file "gone.txt" not found');
  });
});

describe('sources', () => {
  it('record what the texts support and no more', () => {
    const hayes = sources.find((s) => s.id === 'tensions-escalate')!;
    const second = sources.find((s) => s.id === 'escalation-in-ukraine')!;
    expect(hayes.byline).toBe('Jordan Hayes');
    expect(second.byline).toBeNull();
    expect(second.credits).toEqual(['Photograph: Yehor Konovalov/AP']);
    for (const s of sources) {
      expect(s.published ?? null).toBeNull();
      expect(s.outlet ?? null).toBeNull();
    }
  });

  it('keep each seed article sentence by sentence (only page furniture dropped)', () => {
    const seeds = path.resolve(root, '../shared/seeds');
    for (const s of sources) {
      let seed: string;
      try {
        seed = readFileSync(path.join(seeds, `${s.seed}.txt`), 'utf8');
      } catch {
        continue; // seeds live outside the repository; checked when present
      }
      const kept = texts
        .get(s.id)!
        .split('\n')
        .filter((l) => l.trim());
      // Every stored line is a line of the seed, in the same order.
      const seedLines = seed.split('\n');
      let at = 0;
      for (const line of kept) {
        const found = seedLines.indexOf(line, at);
        expect(found, line.slice(0, 60)).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    }
  });
});

describe('claims data', () => {
  it('has every quote word for word in its own source', () => {
    for (const c of claims) {
      expect(quoteInText(texts.get(c.source)!, c.quote), `${c.id}: ${c.quote.slice(0, 60)}`).toBe(true);
    }
  });

  it('passes the pure check with unique ids and paired disputes', () => {
    const places: PlaceIndex = {
      regions: new Set(
        JSON.parse(read('tests/fixtures/claims/geo/regions.geojson')).features.map(
          (f: { properties: { id: string } }) => f.properties.id,
        ),
      ),
      sites: new Map(
        JSON.parse(read('tests/fixtures/claims/geo/sites.geojson')).features.map(
          (f: { properties: { id: string; region: string } }) => [f.properties.id, f.properties.region],
        ),
      ),
    };
    const { errors } = checkClaims(claimFiles, { sources: texts, places });
    expect(errors).toEqual([]);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('covers every mission place, Ukraine as a whole and the other places the articles name', () => {
    for (const place of [
      ...MISSION_REGIONS,
      ...MISSION_SITES,
      'RU-UD',
      WHOLE_COUNTRY,
      'UA-43',
      'kyiv',
      'UA-30',
      'sievierodonetsk',
    ]) {
      expect(ids(place).length, place).toBeGreaterThan(0);
    }
  });

  it('carries the assertions the articles make about each mission place', () => {
    expect(ids('UA-09')).toEqual(
      expect.arrayContaining([
        'luhansk-fully-integrated-russia-claim',
        'luhansk-sovereignty-never-accepted',
        'luhansk-first-region-fully-controlled',
        'sievierodonetsk-fell-24-june',
        'luhansk-fully-captured-russia-claim',
        'luhansk-villages-contested-russian-reporters',
        'putin-objectives-donetsk-luhansk',
      ]),
    );
    expect(ids('UA-14')).toContain('putin-objectives-donetsk-luhansk');
    expect(ids('UA-59').sort()).toEqual(['sumy-advance-halted-ukrainian-forces', 'sumy-april-attack', 'sumy-troop-buildup']);
    expect(ids('UA-63')).toContain('kharkiv-zaporizhzhia-russian-gains');
    expect(ids('UA-23')).toContain('kharkiv-zaporizhzhia-russian-gains');
    expect(ids('UA-12')).toEqual(['dnipropetrovsk-first-russian-push']);
    expect(ids('kupol-izhevsk')).toEqual(ids('RU-UD'));
    expect(ids('kupol-izhevsk')).toContain('kupol-plant-attacked');
    expect(ids('kyiv')).toEqual(ids('UA-30'));
    expect(ids('UA')).toEqual(expect.arrayContaining(['russia-controls-fifth-of-ukraine', 'chloropicrin-use-expanded']));
  });

  it('attributes claims as the articles do', () => {
    expect(byId.get('sumy-advance-halted-ukrainian-forces')).toMatchObject({ claimant: 'Ukrainian forces', kind: 'defence' });
    expect(byId.get('luhansk-villages-contested-russian-reporters')?.claimant).toBe('some Russian reporters');
    expect(byId.get('chloropicrin-use-expanded')?.claimant).toBe('German and Dutch intelligence agencies');
    expect(byId.get('kellogg-russia-bombs-civilian-targets')?.claimant).toBe('Keith Kellogg, US envoy');
    expect(byId.get('luhansk-fully-captured-russia-claim')).toMatchObject({ claimant: 'Russia', status: 'disputed' });
  });

  it('links the contradictions both ways', () => {
    const pairs: [string, string][] = [
      ['luhansk-fully-captured-russia-claim', 'luhansk-villages-contested-russian-reporters'],
      ['luhansk-fully-integrated-russia-claim', 'luhansk-sovereignty-never-accepted'],
      ['luhansk-first-region-fully-controlled', 'luhansk-villages-contested-russian-reporters'],
    ];
    for (const [a, b] of pairs) {
      expect(byId.get(a)!.disputes).toContain(b);
      expect(byId.get(b)!.disputes).toContain(a);
    }
  });

  it('never states a year the text does not give without saying so', () => {
    for (const c of claims) {
      const { event_date: d } = c;
      if (d.basis === 'inferred') expect(d.note, c.id).toBeTruthy();
    }
    // "fell on 24 June" and "On July 4th" give no year.
    expect(byId.get('sievierodonetsk-fell-24-june')!.event_date.basis).toBe('inferred');
    expect(byId.get('kyiv-july-4-attack-550-drones-missiles')!.event_date).toMatchObject({
      value: '2025-07-04',
      precision: 'day',
      basis: 'inferred',
    });
    expect(byId.get('crimea-annexed-2014')!.event_date).toEqual({ value: '2014', precision: 'year', basis: 'stated' });
  });
});
