// `npm run validate`: checks geodata/sources and geodata/claims against the model's schema, texts and places.
// Options (for checking other copies): --sources DIR --claims DIR --regions FILE --sites FILE
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPaths, validateGeodata } from './lib/validate-geodata.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    claims: { type: 'string' },
    regions: { type: 'string' },
    sites: { type: 'string' },
  },
});
const defaults = defaultPaths(root);
const report = await validateGeodata({
  sourcesDir: values.sources ? path.resolve(values.sources) : defaults.sourcesDir,
  claimsDir: values.claims ? path.resolve(values.claims) : defaults.claimsDir,
  regionsFile: values.regions ? path.resolve(values.regions) : defaults.regionsFile,
  sitesFile: values.sites ? path.resolve(values.sites) : defaults.sitesFile,
});

if (report.errors.length > 0) {
  for (const line of report.lines) console.error(line);
  console.error(`validate: ${report.errors.length} error(s)`);
  process.exitCode = 1;
} else {
  console.log(`${report.sourceCount} sources, ${report.claimCount} claims, ${report.placeCount} places: OK`);
}
