// `npm run author`: the viewer (/) and the authoring page (/author.html) on loopback, with the endpoint that writes geodata/.
// Never part of the built site: this file, author.html and src/lib/author/ are reached only from here.
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, loadConfigFromFile, type Plugin, type PluginOption, type UserConfig } from 'vite';
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

/**
 * A plugin whose dev middleware sees only requests under `prefix`: the data plugin matches its folder
 * name anywhere in a path, which would also catch the app's own modules under src/lib/data/.
 */
function servedOnlyUnder(prefix: string, plugin: Plugin): Plugin {
  const hook = plugin.configureServer;
  if (typeof hook !== 'function') return plugin;
  return {
    ...plugin,
    configureServer(server) {
      const middlewares = new Proxy(server.middlewares, {
        get(target, key, receiver) {
          if (key !== 'use') return Reflect.get(target, key, receiver);
          return (fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void) =>
            target.use((req: IncomingMessage, res: ServerResponse, next: () => void) =>
              (req.url ?? '').startsWith(prefix) ? fn(req, res, next) : next(),
            );
        },
      });
      const proxied = new Proxy(server, {
        get: (target, key, receiver) => (key === 'middlewares' ? middlewares : Reflect.get(target, key, receiver)),
      });
      return hook.call(this, proxied);
    },
  };
}

async function flatten(options: PluginOption[] | PluginOption): Promise<Plugin[]> {
  const out: Plugin[] = [];
  const walk = async (o: PluginOption | PluginOption[]): Promise<void> => {
    const v = await o;
    if (!v) return;
    if (Array.isArray(v)) for (const x of v) await walk(x);
    else out.push(v as Plugin);
  };
  await walk(options);
  return out;
}

export async function startAuthorServer(options: { port?: number; geodataDir?: string } = {}) {
  const port = options.port ?? Number(process.env.PORT ?? 5174);
  const geodataDir = path.resolve(options.geodataDir ?? process.env.GEODATA_DIR ?? path.join(root, 'geodata'));
  const store = new GeodataStore(geodataDir);
  // The viewer's own dev set-up (vite.config.ts: its tiles, glyphs, data plugins), with its run-time
  // data read from the geodata folder this server writes, so a reload shows what was saved.
  const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, path.join(root, 'vite.config.ts'), root);
  const base = (loaded?.config ?? {}) as UserConfig & { test?: unknown };
  const viewerPlugins = (await flatten(base.plugins ?? [])).filter((p) => p.name !== 'runtime-data');
  const plugins: PluginOption[] = [...viewerPlugins, authorApi(store)];
  const data = path.join(root, 'scripts/data/plugin.ts');
  if (existsSync(data)) plugins.push(servedOnlyUnder('/data/', (await import(data)).runtimeData({ geodataDir }) as Plugin));
  const { test: _test, ...viewerConfig } = base;
  const server = await createServer({
    ...viewerConfig,
    configFile: false,
    root,
    base: '/',
    plugins,
    server: { ...viewerConfig.server, host: '127.0.0.1', port, strictPort: true },
    clearScreen: false,
    // Its own dependency cache, so it never re-optimizes under a viewer dev server running beside it.
    cacheDir: path.join(root, 'node_modules/.vite-author'),
  });
  await server.listen();
  return { server, store, url: `http://127.0.0.1:${port}/`, geodataDir };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url, geodataDir } = await startAuthorServer();
  console.log(
    `author: authoring page ${url}author.html, viewer ${url} (writing ${path.relative(process.cwd(), geodataDir) || '.'})`,
  );
}
