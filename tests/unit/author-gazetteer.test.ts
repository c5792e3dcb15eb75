// The authoring gazetteer: every spelling the issue lists, the oblast-or-city rule for "Donetsk", and the seed articles' names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGazetteer, skeleton, type GazetteerFile, type Mention } from '../../src/lib/author/gazetteer.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const file = JSON.parse(read('geodata/gazetteer.json')) as GazetteerFile;
const regions = JSON.parse(read('geodata/regions.geojson')).features.map((f: { properties: unknown }) => f.properties);
const sites = JSON.parse(read('geodata/sites.geojson')).features.map((f: { properties: unknown }) => f.properties);
const g = createGazetteer(file, regions, sites);

/** What each mention stands for: a place id, or "town:<name>" for a town not on the map. */
const found = (text: string) => g.findMentions(text).map((m: Mention) => [m.text, m.place ?? `town:${m.candidate!.name}`]);
const one = (text: string) => {
  const all = found(text);
  expect(all, text).toHaveLength(1);
  return all[0][1];
};

describe('gazetteer file', () => {
  it('credits GeoNames and holds Ukraine’s towns with a region each', () => {
    expect(file.about).toMatch(/GeoNames.*CC BY 4\.0/);
    expect(file.towns.length).toBeGreaterThan(1500);
    const ids = new Set(regions.map((r: { id: string }) => r.id));
    for (const t of file.towns) expect(ids.has(t[2]), String(t[0])).toBe(true);
  });
});

describe('spellings', () => {
  it.each([
    ['Kupiansk', 'town:Kupiansk'],
    ['Kupyansk', 'town:Kupiansk'],
    ['Купʼянськ', 'town:Kupiansk'],
    ['Sievierodonetsk', 'sievierodonetsk'],
    ['Severodonetsk', 'sievierodonetsk'],
    ['Северодонецк', 'sievierodonetsk'],
    ['Kyiv', 'kyiv'],
    ['Kiev', 'kyiv'],
    ['Київ', 'kyiv'],
    ['Киев', 'kyiv'],
    ['Izium', 'town:Izium'],
    ['Izyum', 'town:Izium'],
    ['Krasnoarmeisk', 'town:Pokrovsk'],
    ['Krasnoarmeysk', 'town:Pokrovsk'],
    ['Pokrovsk', 'town:Pokrovsk'],
    ['Dimitrov', 'town:Myrnohrad'],
    ['Dmitrov', 'town:Myrnohrad'],
    ['Myrnohrad', 'town:Myrnohrad'],
    ['Artemivsk', 'town:Bakhmut'],
    ['Izhevsk', 'town:Izhevsk'],
    ['Kupol plant', 'kupol-izhevsk'],
  ])('%s → %s', (name, expected) => {
    expect(one(`Reports from ${name} today.`)).toBe(expected);
  });

  it.each([
    ['Kharkiv', 'Kharkov', 'Харків', 'Харьков'],
    ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Запоріжжя'],
    ['Luhansk', 'Lugansk', 'Луганськ', 'Луганск'],
    ['Mykolaiv', 'Nikolaev', 'Nikolayev', 'Миколаїв'],
  ])('%s and its other spellings name the same place', (...names) => {
    const places = names.map((n) => one(`Fighting near ${n} continued.`));
    expect(new Set(places).size, places.join(',')).toBe(1);
    // Bare, they are the oblast; said to be the city, the city.
    const cities = names.map((n) => one(`Fighting in the city of ${n} continued.`));
    expect(new Set(cities).size, cities.join(',')).toBe(1);
    expect(cities[0]).toMatch(/^town:/);
    expect(places[0]).toMatch(/^UA-\d\d$/);
  });

  it('folds transliteration differences', () => {
    expect(skeleton('Kupyansk')).toBe(skeleton('Kupiansk'));
    expect(skeleton('Kupjansk')).toBe(skeleton('Kupiansk'));
    expect(skeleton('Izyum')).toBe(skeleton('Izium'));
    expect(skeleton('Severodonetsk')).toBe(skeleton('Sievierodonetsk'));
    expect(skeleton('Avdiyivka')).toBe(skeleton('Avdiivka'));
    expect(skeleton('Odessa')).toBe(skeleton('Odesa'));
  });
});

describe('Donetsk: the oblast unless the text says the city', () => {
  it.each([
    ['Fighting in the Donetsk region.', 'UA-14', 'Donetsk region'],
    ['Fighting in Donetsk oblast.', 'UA-14', 'Donetsk oblast'],
    ['Fighting in Donetsk Oblast.', 'UA-14', 'Donetsk Oblast'],
    ['Fighting in Donetsk province.', 'UA-14', 'Donetsk province'],
    ['Fighting in Донецька область.', 'UA-14', 'Донецька область'],
    ['Russia wants Donetsk.', 'UA-14', 'Donetsk'],
    ['Shelling of the city of Donetsk.', 'town:Donetsk', 'Donetsk'],
    ['Shelling in Donetsk city.', 'town:Donetsk', 'Donetsk'],
  ])('%s', (text, place, span) => {
    expect(found(text)).toEqual([[span, place]]);
  });

  it('names both oblasts in "the Donetsk and Luhansk regions"', () => {
    expect(found('the Donetsk and Luhansk regions').map((m) => m[1])).toEqual(['UA-14', 'UA-09']);
  });

  it('keeps Kyiv the city and "Kyiv region" the oblast', () => {
    expect(one('Drones over Kyiv.')).toBe('kyiv');
    expect(one('Drones over the Kyiv region.')).toBe('UA-32');
  });

  it('ignores lower-case words and the possessive', () => {
    expect(found('ukraine and kharkiv in lower case')).toEqual([]);
    expect(found('Ukraine’s borders')).toEqual([['Ukraine', 'UA']]);
  });
});

describe('the seed articles', () => {
  const places = (id: string) =>
    new Set(g.findMentions(read(`geodata/sources/${id}.txt`)).map((m) => m.place ?? `town:${m.candidate!.name}`));

  it('finds every place the first article’s claims name', () => {
    const p = places('tensions-escalate');
    for (const id of ['UA', 'UA-09', 'UA-43', 'sievierodonetsk', 'kupol-izhevsk']) expect(p.has(id), id).toBe(true);
  });

  it('finds every place the second article’s claims name, oblasts as oblasts', () => {
    const p = places('escalation-in-ukraine');
    for (const id of ['UA', 'UA-09', 'UA-14', 'UA-59', 'UA-63', 'UA-23', 'UA-12', 'kyiv']) expect(p.has(id), id).toBe(true);
    // "separatist regions like Donetsk and Luhansk": the oblasts, not the cities.
    expect(p.has('town:Donetsk')).toBe(false);
    expect(p.has('town:Luhansk')).toBe(false);
  });
});

describe('the Places box', () => {
  it('finds a town under any spelling, places on the map first', () => {
    expect(g.search('Kupyansk')[0]).toMatchObject({ label: 'Kupiansk', town: { geonameid: 703656 } });
    expect(g.search('Zaporozhye').map((o) => o.key)).toEqual(expect.arrayContaining(['UA-23', 'geonames:687700']));
    expect(g.search('UA-14')[0].key).toBe('UA-14');
    expect(g.search('')).toEqual([]);
  });
});
