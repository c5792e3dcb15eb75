// geodata/schema/*.schema.json: generated from src/lib/model/schema.ts, accepted by every data file, and refusing the shape errors the data check refuses.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES } from '../../src/lib/model/schema.ts';
import { checkClaimShape } from '../../src/lib/model/check.ts';
import { schemaProblems } from '../../scripts/author/schema-check.ts';

const root = path.resolve(import.meta.dirname, '../..');
const geodata = process.env.GEODATA_DIR ?? path.join(root, 'geodata');
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('JSON Schemas', () => {
  it('are the files written from the model (npx tsx scripts/author/build-schema.ts)', () => {
    for (const [name, { schema }] of Object.entries(SCHEMA_FILES)) {
      expect(readFileSync(path.join(root, 'geodata/schema', name), 'utf8'), name).toBe(JSON.stringify(schema, null, 2) + '\n');
    }
  });

  it('are mapped to the data files for the editor', () => {
    const settings = readJson(path.join(root, '.vscode/settings.json'));
    for (const [name, { files }] of Object.entries(SCHEMA_FILES)) {
      const entry = settings['json.schemas'].find((s: { url: string }) => s.url === `./geodata/schema/${name}`);
      expect(entry, name).toBeTruthy();
      expect(entry.fileMatch).toEqual(files.map((f) => `/geodata/${f}`));
    }
  });

  it('accept every data file', () => {
    for (const name of readdirSync(path.join(geodata, 'claims')).filter((n) => n.endsWith('.json'))) {
      expect(schemaProblems(`claims/${name}`, readJson(path.join(geodata, 'claims', name))), name).toEqual([]);
    }
    expect(schemaProblems('sources/sources.json', readJson(path.join(geodata, 'sources/sources.json')))).toEqual([]);
    expect(schemaProblems('sites.geojson', readJson(path.join(geodata, 'sites.geojson')))).toEqual([]);
  });

  const invalid = path.join(root, 'tests/fixtures/claims/invalid');
  const shapeCases = [
    'bad-kind',
    'missing-claimant',
    'unknown-field',
    'precision-mismatch',
    'inferred-date-without-note',
    'disputed-without-disputes',
  ];
  it.each(shapeCases.filter((c) => existsSync(path.join(invalid, c, 'claims'))))(
    'refuse the %s fixture, as the data check does',
    (c) => {
      const dir = path.join(invalid, c, 'claims');
      const problems = readdirSync(dir).flatMap((n) => schemaProblems(`claims/${n}`, readJson(path.join(dir, n))));
      const checked = readdirSync(dir).flatMap((n) =>
        (readJson(path.join(dir, n)) as unknown[]).flatMap((r) => checkClaimShape(r)),
      );
      expect(checked.length, 'the data check finds it').toBeGreaterThan(0);
      expect(problems.length, 'the schema finds it').toBeGreaterThan(0);
    },
  );

  it('name the field at fault', () => {
    const claim = readJson(path.join(geodata, 'claims/tensions-escalate.json'))[0];
    expect(schemaProblems('claims/x.json', [{ ...claim, kind: 'rumour' }])).toEqual([
      expect.stringMatching(/^geodata\/claims\/x\.json \/0\/kind: must be one of control, /),
    ]);
    expect(schemaProblems('claims/x.json', [{ ...claim, dispute: [] }])).toEqual([
      'geodata/claims/x.json /0: unknown field "dispute"',
    ]);
  });
});
