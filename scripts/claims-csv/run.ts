// Export and import of the claims CSV against a geodata folder (the CLI and the tests share this).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GeodataStore, StoreError, format } from '../author/store.ts';
import { claimsToCsv, columnOfMessage, formatRowProblem, parseClaimsCsv, type RowProblem } from './csv.ts';

export async function exportClaims(geodataDir: string): Promise<string> {
  const store = new GeodataStore(geodataDir);
  const files = await store.claimFiles();
  return claimsToCsv([...files.values()].flat());
}

export interface ImportResult {
  /** Claims files written (geodata-relative), empty when refused. */
  written: string[];
  problems: string[];
}

/**
 * Replaces the claims of every source the CSV names with its rows (in row order); sources it does not
 * name keep theirs. Every row is checked first, then the data check runs on a copy: any problem and
 * nothing is written.
 */
export async function importClaims(geodataDir: string, csv: string): Promise<ImportResult> {
  const store = new GeodataStore(geodataDir);
  const texts = new Map<string, string>();
  for (const s of await store.sources()) {
    try {
      texts.set(s.id, await readFile(path.join(store.dir, 'sources', path.basename(s.text)), 'utf8'));
    } catch {
      // A missing text shows up as an unknown source for its rows.
    }
  }
  const { claims, problems } = parseClaimsCsv(csv, texts);
  if (problems.length > 0) return { written: [], problems: problems.map(formatRowProblem) };
  const bySource = new Map<string, typeof claims>();
  for (const c of claims) {
    const list = bySource.get(c.claim.source) ?? [];
    list.push(c);
    bySource.set(c.claim.source, list);
  }
  const changes = new Map<string, string>();
  for (const [source, list] of bySource) changes.set(`claims/${source}.json`, format.json(list.map((c) => c.claim)));
  try {
    await store.commit(changes);
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    const rowOf = new Map(claims.map((c) => [c.claim.id, c.row]));
    const mapped: RowProblem[] = [];
    const other: string[] = [];
    for (const line of err.problems.length ? err.problems : [err.message]) {
      const m = /: claim "([^"]+)": (.*)$/.exec(line);
      const row = m ? rowOf.get(m[1]) : undefined;
      if (m && row !== undefined) mapped.push({ row, column: columnOfMessage(m[2]), message: m[2] });
      else other.push(line);
    }
    mapped.sort((a, b) => a.row - b.row);
    return { written: [], problems: [...mapped.map(formatRowProblem), ...other] };
  }
  return { written: [...changes.keys()], problems: [] };
}

export function geodataDirFrom(option: string | undefined): string {
  return path.resolve(option ?? process.env.GEODATA_DIR ?? path.join(import.meta.dirname, '../../geodata'));
}
