// `npm run author`: the viewer (/) and the authoring page (/author.html) on loopback, with the endpoint that writes geodata/.
// Never part of the built site: this file, author.html and src/lib/author/ are reached only from here.
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Plugin, type PluginOption } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { GeodataStore, StoreError } from './store.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const API_PREFIX = '/__author/api/';
const MAX_BODY = 8 * 1024 * 1024;

/** True when the request comes from this server's own page: loopback Host, and Origin (if any) the same. */
export function sameOrigin(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(host)) return false;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  if (origin !== undefined) return origin === `http://${host}`;
  // A browser always sends Origin with a write; a write without one is not from the page.
  return req.method === 'GET' || req.method === 'HEAD';
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new StoreError('expected application/json', 415);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new StoreError('request too large', 413);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new StoreError('invalid JSON', 400);
  }
}

/** The endpoint as Connect middleware (exported for tests). */
export function authorMiddleware(store: GeodataStore, port: () => number) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(API_PREFIX)) return next();
    if (!sameOrigin(req, port())) return send(res, 403, { error: 'cross-origin request refused' });
    const route = `${req.method} ${url.pathname.slice(API_PREFIX.length)}`;
    try {
      switch (route) {
        case 'GET state':
          return send(res, 200, await store.state());
        case 'GET text':
          return send(res, 200, { text: await store.text(url.searchParams.get('id') ?? '') });
        case 'POST article':
          return send(res, 200, { source: await store.saveArticle((await readBody(req)) as never) });
        case 'POST claim': {
          const body = (await readBody(req)) as { claim: never; previousId?: string };
          return send(res, 200, { claim: await store.saveClaim(body) });
        }
        case 'POST delete-claim': {
          const body = (await readBody(req)) as { id?: unknown };
          await store.deleteClaim(String(body?.id ?? ''));
          return send(res, 200, { deleted: body.id });
        }
        default:
          return send(res, 404, { error: `no endpoint ${route}` });
      }
    } catch (err) {
      if (err instanceof StoreError) return send(res, err.status, { error: err.message, problems: err.problems });
      console.error(err);
      return send(res, 500, { error: 'internal error' });
    }
  };
}

function authorApi(store: GeodataStore): Plugin {
  return {
    name: 'author-api',
    apply: 'serve',
    configureServer(server) {
      const port = () => {
        const address = server.httpServer?.address();
        return typeof address === 'object' && address ? address.port : Number(server.config.server.port);
      };
      server.middlewares.use(authorMiddleware(store, port));
    },
  };
}

export async function startAuthorServer(options: { port?: number; geodataDir?: string } = {}) {
  const port = options.port ?? Number(process.env.PORT ?? 5174);
  const geodataDir = path.resolve(options.geodataDir ?? process.env.GEODATA_DIR ?? path.join(root, 'geodata'));
  const store = new GeodataStore(geodataDir);
  const plugins: PluginOption[] = [svelte(), authorApi(store)];
  // The viewer's own dev plugins, when present: its map tiles, and its run-time data read from the
  // same geodata folder this server writes, so a reload shows what was saved.
  const tiles = path.join(root, 'scripts/tiles/plugin.ts');
  if (existsSync(tiles)) plugins.push((await import(tiles)).vectorTiles());
  const data = path.join(root, 'scripts/data/plugin.ts');
  if (existsSync(data)) plugins.push((await import(data)).runtimeData({ geodataDir }));
  const server = await createServer({
    configFile: false,
    root,
    base: '/',
    appType: 'mpa',
    plugins,
    server: { host: '127.0.0.1', port, strictPort: true },
    clearScreen: false,
    // Its own dependency cache, so it never re-optimizes under a viewer dev server running beside it.
    cacheDir: path.join(root, 'node_modules/.vite-author'),
  });
  await server.listen();
  return { server, store, url: `http://127.0.0.1:${port}/`, geodataDir };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url, geodataDir } = await startAuthorServer();
  console.log(`author: authoring page ${url}author.html, viewer ${url} (writing ${path.relative(process.cwd(), geodataDir) || '.'})`);
}
