// Entry point of `npm run geodata`: installs this folder's pinned sources if needed, then builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** True when every dependency is installed at exactly the version package.json pins. */
function installed() {
  const { dependencies } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
  return Object.entries(dependencies).every(([name, version]) => {
    const manifest = join(here, 'node_modules', name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
  });
}

if (!installed()) {
  // The sources (~300 MB) live only here, so the everyday root install never downloads them.
  console.log('geodata: installing pinned sources in scripts/geodata (npm ci) ...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('geodata: npm ci failed in scripts/geodata');
    process.exit(res.status ?? 1);
  }
}

const { build } = await import(pathToFileURL(join(here, 'build.mjs')).href);
const started = Date.now();
await build();
console.log(`geodata: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
