// Finds place mentions in article text and answers the Places box: regions, sites and GeoNames towns under every spelling in variants.ts.
import { COUNTRY_NAMES, REGION_VARIANTS, REGION_WORDS, TOWN_STOPLIST, TOWN_VARIANTS } from './variants.ts';

/** geodata/gazetteer.json as written by scripts/author/build-gazetteer.ts. */
export interface GazetteerFile {
  about?: string;
  columns?: string[];
  /** [geonameid, GeoNames name, region id, lon, lat, population] */
  towns: [number, string, string, number, number, number][];
}

export interface Town {
  geonameid: number;
  /** The name shown and used for a new site: the current English spelling. */
  name: string;
  /** GeoNames' own name, as the data has it. */
  geonamesName: string;
  region: string;
  lon: number;
  lat: number;
  population: number;
  /** Ukrainian name when the variants table knows it. */
  nameUk?: string;
}

export interface KnownRegion {
  id: string;
  name_en: string;
  name_uk?: string;
}

export interface KnownSite {
  id: string;
  name_en: string;
  name_uk?: string;
  kind?: string;
  region: string;
  basis?: string;
}

/** What a name stands for: a place already in geodata/ (region, site or "UA"), or a town not on the map yet. */
export type Target = { place: string } | { town: Town };

export interface Mention {
  /** Offsets into the text (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** Place id in geodata/, when the mention is one. */
  place?: string;
  /** The gazetteer town, when the mention is a town not on the map yet. */
  candidate?: Town;
}

/** An option of the Places box. */
export interface PlaceOption {
  /** Place id, or "geonames:<id>" for a town not on the map. */
  key: string;
  label: string;
  /** Region, site or town; and where it lies. */
  detail: string;
  place?: string;
  town?: Town;
}

const APOSTROPHES = /['’ʼ`‘]/g;

/**
 * The form names are compared in: lower case, apostrophes dropped, and the letters transliterations
 * disagree on made one (y/j → i, "ie" → "e", doubled letters once), so "Kupyansk", "Kupjansk" and
 * "Kupiansk", or "Izyum" and "Izium", meet. Cyrillic only loses apostrophes and ё.
 */
export function skeleton(name: string): string {
  let s = name
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/ё/g, 'е')
    .replace(/[\s-]+/g, ' ')
    .trim();
  s = s
    .replace(/[yj]/g, 'i')
    .replace(/ie/g, 'e')
    .replace(/(\p{L})\1+/gu, '$1');
  return s;
}

/** Place ids within a region-sharing name: which region, which city. */
interface RegionCity {
  region: string;
  /** Target when the text says it is the city. */
  city: Target | null;
  bare: 'region' | 'city';
}

type Entry = { target: Target; rank: number } | { regionCity: RegionCity; rank: number };

const TOKEN = /\p{L}+(?:['’ʼ`]\p{L}+)*/gu;
const MAX_WORDS = 4;

export interface Gazetteer {
  towns: Town[];
  findMentions(text: string): Mention[];
  search(query: string, limit?: number): PlaceOption[];
  /** The town a geonameid names, if the gazetteer has it. */
  town(geonameid: number): Town | undefined;
  /** Label of a place id (region, site or "UA"). */
  label(place: string): string;
}

export function createGazetteer(file: GazetteerFile, regions: readonly KnownRegion[], sites: readonly KnownSite[]): Gazetteer {
  const towns: Town[] = file.towns.map(([geonameid, name, region, lon, lat, population]) => {
    const v = TOWN_VARIANTS[geonameid];
    return {
      geonameid,
      name: v?.en ?? name.replace(APOSTROPHES, ''),
      geonamesName: name,
      region,
      lon,
      lat,
      population,
      nameUk: v?.uk?.[0],
    };
  });
  const townById = new Map(towns.map((t) => [t.geonameid, t]));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const siteById = new Map(sites.map((s) => [s.id, s]));
  // A city site made from a GeoNames point names its geonameid in `basis`; it stands for that town.
  const siteOfTown = new Map<number, string>();
  for (const s of sites) {
    const m = /geonameid (\d+)/.exec(s.basis ?? '');
    if (m && s.kind !== 'strike-site') siteOfTown.set(Number(m[1]), s.id);
  }
  const townTarget = (t: Town): Target => (siteOfTown.has(t.geonameid) ? { place: siteOfTown.get(t.geonameid)! } : { town: t });

  const index = new Map<string, Entry>();
  // Higher rank wins a shared spelling: regions and country, then sites, then towns by population.
  const put = (name: string, entry: Entry) => {
    const key = skeleton(name);
    if (!key) return;
    const had = index.get(key);
    if (!had || had.rank < entry.rank) index.set(key, entry);
  };

  // Towns: every spelling; the most populous town of a shared name wins it.
  for (const t of towns) {
    if (TOWN_STOPLIST.has(t.name)) continue;
    const v = TOWN_VARIANTS[t.geonameid];
    const rank = Math.log10(t.population + 10);
    for (const name of [t.name, t.geonamesName, ...(v?.alt ?? []), ...(v?.uk ?? []), ...(v?.ru ?? [])]) {
      put(name, { target: townTarget(t), rank });
    }
  }
  // Sites: their names (a site in the gazetteer is already its town's target).
  for (const s of sites) {
    for (const name of [s.name_en, s.name_uk ?? '']) if (name) put(name, { target: { place: s.id }, rank: 20 });
  }
  // The Kupol plant is named by its works' name too.
  if (siteById.has('kupol-izhevsk')) {
    for (const name of ['Kupol plant', 'Kupol', 'Купол']) put(name, { target: { place: 'kupol-izhevsk' }, rank: 21 });
  }
  // Regions: stem names, alternates, Ukrainian and Russian full names; a stem shared with its capital
  // is a RegionCity, resolved by context.
  for (const r of regions) {
    const v = REGION_VARIANTS[r.id] ?? {};
    const stem = r.name_en.replace(/\s*\(city\)$/, '');
    const capital = v.capital !== undefined ? townById.get(v.capital) : undefined;
    const stems = r.id === 'UA-30' ? [] : [stem, ...(v.alt ?? [])];
    // The capital's Cyrillic names ("Харків") are the same stem in the other alphabet.
    if (capital) stems.push(...(TOWN_VARIANTS[capital.geonameid]?.uk ?? []), ...(TOWN_VARIANTS[capital.geonameid]?.ru ?? []));
    for (const name of stems) {
      if (capital) {
        put(name, { regionCity: { region: r.id, city: townTarget(capital), bare: v.bare ?? 'region' }, rank: 30 });
      } else {
        put(name, { target: { place: r.id }, rank: 30 });
      }
      for (const word of ['region', 'oblast', 'province']) put(`${name} ${word}`, { target: { place: r.id }, rank: 31 });
    }
    // UA-30's Ukrainian name is the bare "Київ", which means the city's site like "Kyiv" does.
    const fullNames = r.id === 'UA-30' ? (v.forms ?? []) : [r.name_uk ?? '', ...(v.forms ?? [])];
    for (const name of fullNames) if (name) put(name, { target: { place: r.id }, rank: 31 });
  }
  for (const name of COUNTRY_NAMES) put(name, { target: { place: 'UA' }, rank: 40 });

  const regionWord = new RegExp(`^\\s+(?:${REGION_WORDS.join('|')})(?![\\p{L}])`, 'iu');
  // "Kharkiv and Zaporizhzhia regions", "Donetsk, Luhansk and Kherson oblasts"
  const regionList = new RegExp(
    `^(?:\\s*,\\s*\\p{Lu}[\\p{L}'’-]*)*\\s*(?:,|and|&|та|і|и)\\s+\\p{Lu}[\\p{L}'’-]*\\s+(?:regions|oblasts|provinces|області|области)(?![\\p{L}])`,
    'u',
  );
  const cityBefore = /(?:\bcity|\btown|місто|місті|город|городе)(?:\s+of)?\s+$/iu;
  const cityAfter = /^\s+(?:city|town)(?![\p{L}])/iu;

  function resolve(entry: Entry, text: string, start: number, end: number): { target: Target; end: number } | null {
    if ('target' in entry) return { target: entry.target, end };
    const { region, city, bare } = entry.regionCity;
    const after = text.slice(end, end + 80);
    const word = regionWord.exec(after);
    if (word) return { target: { place: region }, end: end + word[0].length };
    if (regionList.test(after)) return { target: { place: region }, end };
    const before = text.slice(Math.max(0, start - 20), start);
    if (city && (cityBefore.test(before) || cityAfter.test(after))) return { target: city, end };
    if (bare === 'city' && city) return { target: city, end };
    return { target: { place: region }, end };
  }

  function findMentions(text: string): Mention[] {
    const tokens: { start: number; end: number }[] = [];
    for (const m of text.matchAll(TOKEN)) tokens.push({ start: m.index, end: m.index + m[0].length });
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = text[tokens[i].start];
      // Names are written with a capital; lower-case words are never places here.
      if (first === first.toLowerCase()) continue;
      let found = false;
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && !found; n--) {
        const last = tokens[i + n - 1];
        let joined = true;
        for (let k = i; k < i + n - 1; k++) {
          const gap = text.slice(tokens[k].end, tokens[k + 1].start);
          if (gap !== ' ' && gap !== '-') joined = false;
        }
        if (!joined) continue;
        let surface = text.slice(tokens[i].start, last.end);
        let entry = index.get(skeleton(surface));
        // "Ukraine’s", "Kharkiv's": the possessive is not part of the name.
        if (!entry && n === 1 && /['’]s$/.test(surface)) {
          surface = surface.slice(0, -2);
          entry = index.get(skeleton(surface));
        }
        if (!entry) continue;
        const start = tokens[i].start;
        const resolved = resolve(entry, text, start, start + surface.length);
        if (!resolved) continue;
        const mention: Mention = { start, end: resolved.end, text: text.slice(start, resolved.end) };
        if ('place' in resolved.target) mention.place = resolved.target.place;
        else mention.candidate = resolved.target.town;
        out.push(mention);
        while (i + 1 < tokens.length && tokens[i + 1].start < resolved.end) i++;
        found = true;
      }
    }
    return out;
  }

  function label(place: string): string {
    if (place === 'UA') return 'Ukraine';
    const r = regionById.get(place);
    if (r)
      return r.id.startsWith('UA-') && r.id !== 'UA-30' && r.id !== 'UA-40' && r.id !== 'UA-43'
        ? `${r.name_en} oblast`
        : r.name_en;
    const s = siteById.get(place);
    return s ? s.name_en : place;
  }

  function optionOf(target: Target): PlaceOption {
    if ('place' in target) {
      const id = target.place;
      const site = siteById.get(id);
      const detail = id === 'UA' ? 'country' : site ? `site in ${label(site.region)}` : `region ${id}`;
      return { key: id, label: label(id), detail, place: id };
    }
    const t = target.town;
    return {
      key: `geonames:${t.geonameid}`,
      label: t.name,
      detail: `town in ${label(t.region)}, not on the map yet (GeoNames)`,
      town: t,
    };
  }

  function search(query: string, limit = 12): PlaceOption[] {
    const q = skeleton(query);
    if (!q) return [];
    const scored = new Map<string, { option: PlaceOption; score: number }>();
    const consider = (target: Target, rank: number, key: string) => {
      const option = optionOf(target);
      const score = (key === q ? 1000 : 0) + rank;
      const had = scored.get(option.key);
      if (!had || had.score < score) scored.set(option.key, { option, score });
    };
    for (const [key, entry] of index) {
      if (!key.startsWith(q)) continue;
      if ('target' in entry) consider(entry.target, entry.rank, key);
      else {
        consider({ place: entry.regionCity.region }, entry.rank, key);
        if (entry.regionCity.city) consider(entry.regionCity.city, entry.rank - 1, key);
      }
    }
    // Ids typed as they are ("UA-14", "kyiv").
    for (const id of [...regionById.keys(), ...siteById.keys(), 'UA']) {
      if (id.toLowerCase().startsWith(query.trim().toLowerCase()) && query.trim()) consider({ place: id }, 25, id);
    }
    return [...scored.values()]
      .sort((a, b) => b.score - a.score || a.option.label.localeCompare(b.option.label))
      .slice(0, limit)
      .map((s) => s.option);
  }

  return { towns, findMentions, search, town: (id) => townById.get(id), label };
}
