// The data files checked against geodata/schema's JSON Schemas with ajv: the same schemas an editor validates hand edits with.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { SCHEMA_FILES } from '../../src/lib/model/schema.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();
for (const [name, { schema }] of Object.entries(SCHEMA_FILES)) validators.set(name, ajv.compile(schema));

/** The schema of a geodata-relative path, or null when none describes it. */
export function schemaFor(rel: string): string | null {
  if (/^claims\/[^/]+\.json$/.test(rel)) return 'claims.schema.json';
  if (rel === 'sources/sources.json') return 'sources.schema.json';
  if (rel === 'sites.geojson') return 'sites.schema.json';
  return null;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath || '(top)';
  if (e.keyword === 'enum')
    return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (e.keyword === 'additionalProperties')
    return `${where}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  return `${where}: ${e.message}`;
}

/** Schema problems of one file's parsed content ("geodata/<rel> <pointer>: message"); empty when it conforms. */
export function schemaProblems(rel: string, data: unknown): string[] {
  const name = schemaFor(rel);
  if (!name) return [];
  const validate = validators.get(name)!;
  if (validate(data)) return [];
  // if/then failures repeat the branch that failed; the branch's own error says it.
  return [...new Set((validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `geodata/${rel} ${describe(e)}`))];
}
