// `npm run claims:export -- --csv FILE`: every claim as one CSV row (columns in geodata/README.md); without --csv, to stdout.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportClaims, geodataDirFrom } from './run.ts';

const { values } = parseArgs({ options: { csv: { type: 'string' }, geodata: { type: 'string' } } });
const csv = await exportClaims(geodataDirFrom(values.geodata));
if (values.csv) {
  await writeFile(values.csv, csv);
  console.error(`claims:export: ${csv.split('\n').length - 2} claims written to ${values.csv}`);
} else {
  process.stdout.write(csv);
}
