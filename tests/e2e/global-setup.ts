// Before the browser tests: dist/ must be the test build (npm run build:test), the one with the test hooks.
import { readFileSync, readdirSync } from 'node:fs';

export default function globalSetup(): void {
  const assets = new URL('../../dist/assets/', import.meta.url);
  let files: string[];
  try {
    files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  } catch {
    throw new Error('no dist/: build the test build first (npm run build:test; npm test does)');
  }
  if (!files.some((f) => readFileSync(new URL(f, assets), 'utf8').includes('situationViewer'))) {
    throw new Error(
      'dist/ is a production build without the test hooks: run `npm run build:test` (npm test does) before the browser tests',
    );
  }
}
