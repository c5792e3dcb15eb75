// The authoring side stays out of the built site: only author.html loads src/lib/author/, and the build's only page is index.html.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

describe('authoring isolation', () => {
  it('nothing outside src/lib/author imports it', () => {
    const authorDir = path.join(root, 'src/lib/author');
    for (const file of walk(path.join(root, 'src'))) {
      if (file.startsWith(authorDir) || !/\.(ts|svelte|js)$/.test(file)) continue;
      expect(readFileSync(file, 'utf8'), path.relative(root, file)).not.toMatch(/lib\/author\/|from '\.\.?\/author\//);
    }
  });

  it('the build has one page, index.html, which does not load the authoring entry', () => {
    const config = readFileSync(path.join(root, 'vite.config.ts'), 'utf8');
    expect(config).not.toMatch(/author/);
    expect(readFileSync(path.join(root, 'index.html'), 'utf8')).not.toMatch(/author/);
    expect(readFileSync(path.join(root, 'author.html'), 'utf8')).toMatch(/src\/lib\/author\/main\.ts/);
  });

  it('the endpoint is bound to loopback and is not a plugin of vite.config.ts', () => {
    const server = readFileSync(path.join(root, 'scripts/author/server.ts'), 'utf8');
    expect(server).toMatch(/host: '127\.0\.0\.1'/);
    expect(server).toMatch(/apply: 'serve'/);
  });
});
