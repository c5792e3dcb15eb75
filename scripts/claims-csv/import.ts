// `npm run claims:import -- FILE`: the CSV's rows become the claims of the sources it names, only if every row and the whole data check pass.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { geodataDirFrom, importClaims } from './run.ts';

const { values, positionals } = parseArgs({ options: { geodata: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: npm run claims:import -- FILE.csv [--geodata DIR]');
  process.exit(2);
}
const result = await importClaims(geodataDirFrom(values.geodata), await readFile(positionals[0], 'utf8'));
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(p);
  console.error(`claims:import: ${result.problems.length} problem(s); nothing was changed`);
  process.exitCode = 1;
} else {
  console.log(`claims:import: wrote ${result.written.join(', ') || 'nothing'}`);
}
