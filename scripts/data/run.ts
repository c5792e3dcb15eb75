// `npm run data -- --out DIR [--geodata DIR]`: writes the run-time data files (as the site build does) to a folder.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './build.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { out: { type: 'string' }, geodata: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(root, 'dist/data'));
const geodata = path.resolve(values.geodata ?? path.join(root, 'geodata'));

try {
  const started = performance.now();
  const files = await buildData(geodata);
  // The folder is replaced whole: a deployed site's data is swapped as one, never mixed.
  await rm(out, { recursive: true, force: true });
  let bytes = 0;
  for (const [name, body] of files) {
    const file = path.join(out, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
    bytes += Buffer.byteLength(body);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `data: ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB in ${path.relative(process.cwd(), out) || '.'} (${seconds} s)`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
