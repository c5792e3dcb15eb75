// Writes geodata/computed.json (Kupol-to-border distance, unit areas and shares) from the geodata: `npx tsx scripts/computed/build.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeAll, serialiseComputed, type ComputeInput } from './compute.ts';
import { readClaims } from '../lib/read-geodata.ts';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');
const readJson = (rel: string): unknown => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));

/** The inputs as the tests read them too, so both compute from the same files in the same order. */
export function readInputs(): ComputeInput {
  const claims = readClaims(path.join(root, 'geodata'));
  return {
    regions: readJson('geodata/regions.geojson') as ComputeInput['regions'],
    sites: readJson('geodata/sites.geojson') as ComputeInput['sites'],
    claims,
  };
}

export const OUTPUT = path.join(root, 'geodata/computed.json');

// Only write when run as a script, so the tests can import readInputs without side effects.
if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const text = serialiseComputed(computeAll(readInputs()));
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${path.relative(root, OUTPUT)} (${Buffer.byteLength(text)} bytes)`);
}
