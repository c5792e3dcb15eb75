// Vite plugin: writes the vector tileset and the labels' glyph ranges into the built site, and serves both in development.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { TILESET } from '../../src/lib/layers/tileset.ts';
import { GLYPHS } from '../../src/lib/layers/glyphs.ts';
import { SOURCE_FILES, buildTileset, readLayers, type TileKey } from './tileset.ts';

/** The committed glyph ranges and the font's licence, by their path in the site (`glyphs/<stack>/<range>.pbf`). */
function glyphFiles(root: string): Map<string, string> {
  const dir = path.join(root, 'geodata', GLYPHS.folder, GLYPHS.stack);
  return new Map(readdirSync(dir).map((name) => [`${GLYPHS.folder}/${GLYPHS.stack}/${name}`, path.join(dir, name)]));
}

/** The tiles are derived data: cut from geodata/ on every build, never committed. */
export function vectorTiles(): Plugin {
  let root = process.cwd();
  let tiles: Map<TileKey, Uint8Array> | null = null;
  const cut = () => (tiles ??= buildTileset(readLayers(root)));
  return {
    name: 'vector-tiles',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      for (const [key, body] of cut()) {
        this.emitFile({ type: 'asset', fileName: `${TILESET.folder}/${key}.pbf`, source: body });
      }
      for (const [fileName, file] of glyphFiles(root)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
    configureServer(server) {
      const files: string[] = Object.values(SOURCE_FILES).flatMap((list) => list.map((rel) => path.join(root, 'geodata', rel)));
      server.watcher.add(files);
      server.watcher.on('change', (file) => {
        if (files.includes(file)) tiles = null;
      });
      const tileUrl = new RegExp(`/${TILESET.folder}/(\\d+/\\d+/\\d+)\\.pbf$`);
      // Listed once: the ranges change only when `npm run geodata` rewrites them (a restart picks that
      // up), and each request reads its file afresh. The stack's name needs no URL escaping.
      const glyphs = glyphFiles(root);
      const glyphUrl = new RegExp(`/(${GLYPHS.folder}/${GLYPHS.stack}/[^/]+)$`);
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        const glyphFile = glyphs.get(glyphUrl.exec(url)?.[1] ?? '');
        if (glyphFile) {
          res.setHeader('Content-Type', glyphFile.endsWith('.pbf') ? 'application/x-protobuf' : 'text/plain; charset=utf-8');
          res.end(readFileSync(glyphFile));
          return;
        }
        const match = tileUrl.exec(url);
        if (!match) return next();
        const body = cut().get(match[1] as TileKey);
        if (!body) {
          // No feature reaches this tile, and it is not in the built site either: MapLibre draws a 404 as empty.
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'application/x-protobuf');
        res.end(body);
      });
    },
  };
}
