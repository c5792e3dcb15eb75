// Writes geodata/schema/*.schema.json from src/lib/model/schema.ts (`npx tsx scripts/author/build-schema.ts`); a unit test fails when they differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_FILES } from '../../src/lib/model/schema.ts';

const dir = path.resolve(import.meta.dirname, '../../geodata/schema');
mkdirSync(dir, { recursive: true });
for (const [name, { schema }] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(path.join(dir, name), JSON.stringify(schema, null, 2) + '\n');
  console.log(`schema: geodata/schema/${name}`);
}
