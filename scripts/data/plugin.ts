// Vite plugin: writes the run-time data files into the built site (data/) and serves them, rebuilt on change, in development.
import path from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FOLDER } from '../../src/lib/model/corpus.ts';
import { buildData, type DataFiles } from './build.ts';

/** `geodataDir` defaults to the project's geodata/; the authoring server may point it elsewhere. */
export function runtimeData(options: { geodataDir?: string } = {}): Plugin {
  let root = process.cwd();
  let pending: Promise<DataFiles> | null = null;
  const dir = () => options.geodataDir ?? path.join(root, 'geodata');
  const files = () => (pending ??= buildData(dir()));
  return {
    name: 'runtime-data',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      for (const [name, body] of await files()) {
        this.emitFile({ type: 'asset', fileName: `${DATA_FOLDER}/${name}`, source: body });
      }
    },
    configureServer(server) {
      // Any change under the geodata folder means a new data version: built again on the next request.
      server.watcher.add(dir());
      const invalidate = (file: string) => {
        if (file.startsWith(dir())) pending = null;
      };
      server.watcher.on('change', invalidate);
      server.watcher.on('add', invalidate);
      server.watcher.on('unlink', invalidate);
      const prefix = `/${DATA_FOLDER}/`;
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent(req.url?.split('?')[0] ?? '');
        // Only the site's own data folder: the app's source files live under /src/lib/data/.
        if (!url.startsWith(prefix)) return next();
        const name = url.slice(prefix.length);
        files().then(
          (built) => {
            const body = built.get(name);
            res.statusCode = body === undefined ? 404 : 200;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(body ?? JSON.stringify({ error: `no data file ${name}` }));
          },
          (err: unknown) => {
            pending = null;
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(err instanceof Error ? err.message : String(err));
          },
        );
      });
    },
  };
}
