// `npm run validate` end to end over files: the landed data passes, each doctored fixture fails with its own message.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultPaths, validateGeodata, type GeodataPaths } from '../../scripts/lib/validate-geodata.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/claims');
const fixtureGeo = {
  regionsFile: path.join(fixtures, 'geo/regions.geojson'),
  sitesFile: path.join(fixtures, 'geo/sites.geojson'),
};
const real = defaultPaths(root);

interface InvalidCase {
  case: string;
  why: string;
  expect: string;
}
const manifest: InvalidCase[] = JSON.parse(readFileSync(path.join(fixtures, 'invalid/manifest.json'), 'utf8'));

function pathsFor(caseName: string): GeodataPaths {
  const dir = path.join(fixtures, 'invalid', caseName);
  const ownSources = path.join(dir, 'sources');
  return {
    ...fixtureGeo,
    sourcesDir: existsSync(ownSources) ? ownSources : real.sourcesDir,
    claimsDir: path.join(dir, 'claims'),
  };
}

describe('landed data', () => {
  it('passes every check (against the fixture places)', async () => {
    const report = await validateGeodata({ ...real, ...fixtureGeo });
    expect(report.lines).toEqual([]);
    expect(report.sourceCount).toBe(2);
    expect(report.claimCount).toBeGreaterThan(30);
  });

  const geoLanded = existsSync(real.regionsFile) && existsSync(real.sitesFile);
  it.runIf(geoLanded)('passes every check against geodata/regions.geojson and sites.geojson', async () => {
    const report = await validateGeodata(real);
    expect(report.lines).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  it('cover the required cases', () => {
    const names = manifest.map((m) => m.case);
    for (const required of [
      'doctored-quote',
      'unknown-place',
      'unknown-source',
      'missing-claimant',
      'bad-kind',
      'duplicate-id',
      'dangling-dispute',
    ]) {
      expect(names).toContain(required);
    }
    expect(new Set(manifest.map((m) => m.expect)).size).toBe(manifest.length);
  });

  it.each(manifest)('$case is rejected with its own message ($why)', async ({ case: name, expect: fragment }) => {
    const report = await validateGeodata(pathsFor(name));
    expect(report.lines).toHaveLength(1);
    const [line] = report.lines;
    expect(line).toContain(fragment);
    // The message names the file at fault, as a path from the working directory.
    expect(line.startsWith(`tests/fixtures/claims/invalid/${name}/`)).toBe(true);
    // No other fixture's message fits this case: each message is specific.
    for (const other of manifest) if (other.case !== name) expect(line).not.toContain(other.expect);
  });
});

describe('npm run validate (CLI)', () => {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const run = (args: string[]) => spawnSync(tsx, ['scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8' });
  const geoArgs = ['--regions', fixtureGeo.regionsFile, '--sites', fixtureGeo.sitesFile];

  it('exits 0 with a one-line summary on the landed data', () => {
    const out = run(geoArgs);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout.trim()).toMatch(/^2 sources, \d+ claims, \d+ places: OK$/);
  });

  it('exits 1 listing every error on a doctored copy', () => {
    const out = run([...geoArgs, '--claims', pathsFor('doctored-quote').claimsDir]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('quote not found in source "escalation-in-ukraine"');
    expect(out.stderr).toContain('validate: 1 error(s)');
  });
});
