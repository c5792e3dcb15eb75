// A synthetic desk's corpus for the bench: N valid claims over N/25 generated articles, written as a geodata/ folder.
// Every quote is a sentence of its generated article (verbatim by construction); nothing here is a real report.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../lib/mulberry32.mjs';

const KINDS = [
  'control',
  'advance',
  'defence',
  'attack',
  'strike',
  'troop-buildup',
  'annexation',
  'sovereignty',
  'territory',
  'weapons',
  'statement',
  'diplomacy',
  'humanitarian',
];
const STATUSES = ['asserted', 'reported', 'reported', 'asserted', 'contested', 'denied'];
const CLAIMANTS = [
  'the Russian defence ministry',
  'the Ukrainian general staff',
  'a regional governor',
  'the article',
  'a military analyst',
  'local officials',
  'a brigade spokesperson',
  'the Kremlin',
  'the Ukrainian president’s office',
  'a war correspondent',
];
const VERBS = {
  control: 'had taken full control of',
  advance: 'had pushed forward in',
  defence: 'had repelled an assault in',
  attack: 'faced a renewed ground assault in',
  strike: 'was hit by a drone and missile strike in',
  'troop-buildup': 'saw a build-up of troops near',
  annexation: 'was declared part of Russia, covering',
  sovereignty: 'would never recognise any annexation of',
  territory: 'held a growing share of',
  weapons: 'had seen banned munitions used in',
  statement: 'made a statement about',
  diplomacy: 'raised talks over',
  humanitarian: 'reported civilians leaving',
};
const DETAILS = [
  'after days of fighting',
  'according to satellite images',
  'despite heavy losses',
  'near a railway junction',
  'around a river crossing',
  'along the main highway',
  'close to the front line',
  'in several villages',
  'on the outskirts of a town',
  'over the weekend',
];
const FILLER = [
  'The report could not be independently verified.',
  'Neither side gave figures for casualties.',
  'Officials declined to comment further.',
  'The situation remained fluid late in the day.',
];
const BYLINES = ['Alex Morgan', 'Oksana Kovalenko', 'Sam Reid', null, 'Taras Melnyk', 'Jamie Fox'];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Writes a geodata folder at `dir` holding `n` claims over ceil(n / 25) articles. The places are the
 * real ones (regions and sites copied from `geodataDir`); a fifth of the claims name `heavyPlace`;
 * dates run over 2022–2026 at every precision, some inferred (with a note), some unknown; one claim
 * in twenty disputes a neighbour in the same article about the same place (both ways).
 * @param {string} dir
 * @param {number} n
 * @param {{ geodataDir: string, heavyPlace?: string, seed?: number }} options
 */
export function writeSyntheticCorpus(dir, n, { geodataDir, heavyPlace = 'UA-09', seed = 7 }) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'claims'), { recursive: true });
  for (const file of ['regions.geojson', 'sites.geojson']) copyFileSync(join(geodataDir, file), join(dir, file));
  const regions = readJson(join(geodataDir, 'regions.geojson')).features.map((f) => f.properties);
  const sites = readJson(join(geodataDir, 'sites.geojson')).features.map((f) => f.properties);
  const places = [
    ...regions.map((p) => ({ ids: [p.id], name: p.name_en })),
    ...sites.map((p) => ({ ids: [p.id, p.region], name: p.name_en })),
    { ids: ['UA'], name: 'Ukraine' },
  ];
  const heavy = places.find((p) => p.ids[0] === heavyPlace);
  if (!heavy) throw new Error(`no place ${heavyPlace} in ${geodataDir}`);

  const articles = Math.ceil(n / 25);
  const sources = [];
  let made = 0;
  for (let a = 0; a < articles; a++) {
    const sourceId = `synthetic-${String(a).padStart(5, '0')}`;
    const count = Math.min(25, n - made);
    const sentences = [`Dispatch number ${a} from the desk.`];
    const claims = [];
    for (let k = 0; k < count; k++) {
      const place = made % 5 === 0 ? heavy : pick(places);
      const kind = pick(KINDS);
      const claimant = pick(CLAIMANTS);
      const year = 2022 + Math.floor(random() * 5);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const r = random();
      const mm = String(month).padStart(2, '0');
      const date =
        r < 0.45
          ? { value: `${year}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day', basis: 'stated' }
          : r < 0.75
            ? { value: `${year}-${mm}`, precision: 'month', basis: 'stated' }
            : r < 0.82
              ? { value: String(year), precision: 'year', basis: 'stated' }
              : r < 0.92
                ? {
                    value: `${year}-${mm}`,
                    precision: 'month',
                    basis: 'inferred',
                    note: 'Worked out from the dispatch number (synthetic data).',
                  }
                : { value: null, precision: 'unknown', basis: 'stated' };
      const quote = `${claimant[0].toUpperCase()}${claimant.slice(1)} said ${place.name} ${VERBS[kind]} sector ${a}-${k} ${pick(DETAILS)}`;
      sentences.push(`${quote}.`);
      if (random() < 0.3) sentences.push(pick(FILLER));
      claims.push({
        id: `${sourceId}-${k}`,
        source: sourceId,
        quote,
        places: [...new Set(place.ids)],
        kind,
        claimant,
        status: pick(STATUSES),
        event_date: date,
        summary: `${claimant} on ${place.name}: ${kind} (synthetic claim ${a}-${k})`,
        disputes: [],
      });
      made++;
    }
    // One claim in twenty disputes its neighbour about the same place: both list each other.
    for (let k = 0; k + 1 < claims.length; k += 2) {
      if (random() >= 0.1 || claims[k].places[0] !== claims[k + 1].places[0]) continue;
      claims[k].disputes.push(claims[k + 1].id);
      claims[k + 1].disputes.push(claims[k].id);
      claims[k].status = 'disputed';
    }
    const text = `${sentences.join(' ')}\n`;
    writeFileSync(join(dir, 'sources', `${sourceId}.txt`), text);
    writeFileSync(join(dir, 'claims', `${sourceId}.json`), `${JSON.stringify(claims, null, 2)}\n`);
    sources.push({
      id: sourceId,
      title: `Synthetic dispatch ${a}: ${claims[0]?.summary.split(':')[0] ?? 'the front'}`,
      byline: pick(BYLINES),
      outlet: 'Synthetic Desk',
      published: null,
      retrieved: null,
      text: `${sourceId}.txt`,
      sha256: createHash('sha256').update(text).digest('hex'),
      note: 'Generated for the bench; not a real article.',
    });
  }
  writeFileSync(join(dir, 'sources', 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
  return { claims: made, articles, heavyPlace: heavyPlace, heavyName: heavy.name };
}
