// Reads geodata/ (sources, claims, regions, sites) from disk and runs the model's pure checks over it.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkClaims,
  checkSources,
  formatCheckError,
  type CheckError,
  type ClaimFileInput,
  type PlaceIndex,
  type SourceText,
} from '../../src/lib/model/check.ts';

export interface GeodataPaths {
  /** Folder holding sources.json and the texts it names. */
  sourcesDir: string;
  /** Folder of <source-id>.json claims files. */
  claimsDir: string;
  regionsFile: string;
  sitesFile: string;
}

/** The files of a geodata folder laid out as geodata/ is. */
export function geodataPaths(geodataDir: string): GeodataPaths {
  return {
    sourcesDir: path.join(geodataDir, 'sources'),
    claimsDir: path.join(geodataDir, 'claims'),
    regionsFile: path.join(geodataDir, 'regions.geojson'),
    sitesFile: path.join(geodataDir, 'sites.geojson'),
  };
}

/** The real data, relative to a project root. */
export function defaultPaths(root: string): GeodataPaths {
  return geodataPaths(path.join(root, 'geodata'));
}

export interface ValidationReport {
  errors: CheckError[];
  /** Formatted error lines, one per error. */
  lines: string[];
  sourceCount: number;
  claimCount: number;
  /** Distinct place ids named by the claims. */
  placeCount: number;
}

/** Paths in messages are shown relative to the working directory, as a person would type them. */
function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') ? rel : p).split(path.sep).join('/');
}

function describe(err: unknown): string {
  if (err instanceof SyntaxError) return `invalid JSON: ${err.message}`;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'file not found';
  return err instanceof Error ? err.message : String(err);
}

async function readJson(file: string, errors: CheckError[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    errors.push({ file: shown(file), claimId: null, message: `cannot read: ${describe(err)}` });
    return undefined;
  }
}

/** Ids of a FeatureCollection's features (properties.id), with the `region` property when present. */
async function readPlaceIds(file: string, errors: CheckError[]): Promise<Map<string, string | null> | undefined> {
  const data = await readJson(file, errors);
  if (data === undefined) return undefined;
  const features = (data as { features?: unknown }).features;
  if (!Array.isArray(features)) {
    errors.push({ file: shown(file), claimId: null, message: 'is not a GeoJSON FeatureCollection' });
    return undefined;
  }
  const ids = new Map<string, string | null>();
  features.forEach((feature: { properties?: Record<string, unknown> | null }, index: number) => {
    const id = feature?.properties?.id;
    if (typeof id !== 'string' || id.length === 0) {
      errors.push({ file: shown(file), claimId: null, message: `feature at index ${index} has no properties.id` });
      return;
    }
    const region = feature.properties?.region;
    ids.set(id, typeof region === 'string' && region.length > 0 ? region : null);
  });
  return ids;
}

/** Runs every check over the data at `paths`; never throws for bad data, only reports it. */
export async function validateGeodata(paths: GeodataPaths): Promise<ValidationReport> {
  const errors: CheckError[] = [];

  // Sources: sources.json plus every .txt next to it, hashed as stored bytes.
  const sourcesFile = path.join(paths.sourcesDir, 'sources.json');
  const sourcesData = await readJson(sourcesFile, errors);
  const texts = new Map<string, SourceText>();
  let sourceNames: string[] = [];
  try {
    sourceNames = await readdir(paths.sourcesDir);
  } catch (err) {
    errors.push({ file: shown(paths.sourcesDir), claimId: null, message: `cannot read folder: ${describe(err)}` });
  }
  for (const name of sourceNames.filter((n) => n.endsWith('.txt'))) {
    const bytes = await readFile(path.join(paths.sourcesDir, name));
    texts.set(name, { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const sourceResult =
    sourcesData === undefined
      ? { sources: [], texts: new Map<string, string>(), errors: [] }
      : checkSources(shown(sourcesFile), sourcesData, texts);
  errors.push(...sourceResult.errors);

  // Places.
  const regionIds = await readPlaceIds(paths.regionsFile, errors);
  const siteIds = await readPlaceIds(paths.sitesFile, errors);
  const places: PlaceIndex = {
    regions: new Set(regionIds?.keys() ?? []),
    sites: siteIds ?? new Map(),
  };

  // Claims: every .json in the folder, named for the source it cites.
  const claimFiles: ClaimFileInput[] = [];
  let claimNames: string[] = [];
  try {
    claimNames = (await readdir(paths.claimsDir)).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    errors.push({ file: shown(paths.claimsDir), claimId: null, message: `cannot read folder: ${describe(err)}` });
  }
  for (const name of claimNames) {
    const file = path.join(paths.claimsDir, name);
    const data = await readJson(file, errors);
    if (data === undefined) continue;
    const sourceId = name.slice(0, -'.json'.length);
    if (!sourceResult.texts.has(sourceId) && sourcesData !== undefined) {
      errors.push({
        file: shown(file),
        claimId: null,
        message: `file name does not match a source id in sources.json (expected <source-id>.json)`,
      });
    }
    claimFiles.push({ file: shown(file), data, sourceId });
  }
  // Without place files every place would look unknown; report the missing file once instead.
  const placesReadable = regionIds !== undefined && siteIds !== undefined;
  const claimResult = checkClaims(claimFiles, { sources: sourceResult.texts, places });
  errors.push(...claimResult.errors.filter((e) => placesReadable || !/^(claim at index \d+: )?unknown place /.test(e.message)));

  const named = new Set<string>();
  let claimCount = 0;
  for (const f of claimFiles) {
    if (!Array.isArray(f.data)) continue;
    for (const c of f.data as { places?: unknown }[]) {
      claimCount++;
      if (Array.isArray(c?.places)) for (const p of c.places) if (typeof p === 'string') named.add(p);
    }
  }
  return {
    errors,
    lines: errors.map(formatCheckError),
    sourceCount: Array.isArray(sourcesData) ? sourcesData.length : 0,
    claimCount,
    placeCount: named.size,
  };
}
