// A plain static server on loopback for the bench: the app and the bare page side by side, no compression, no caching.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * mounts: { '/app/': '/abs/dist', '/bare/': '/abs/.bench/bare' }. Returns { url, close, fileFor }.
 * Mounts listed in `isolated` are also sent with COOP/COEP headers, which makes the page cross-origin
 * isolated: that is what lets the bench ask Chromium for memory including the page's workers.
 * fileFor(url) maps a served URL back to the file on disk, so sizes are computed from exactly what was sent.
 */
export async function serve(mounts, { port = 0, isolated = [] } = {}) {
  const fileFor = (rawUrl) => {
    const { pathname } = new URL(rawUrl, 'http://x');
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!pathname.startsWith(prefix)) continue;
      let rest = decodeURIComponent(pathname.slice(prefix.length));
      if (rest === '' || rest.endsWith('/')) rest += 'index.html';
      const path = normalize(join(dir, rest));
      if (path !== dir && !path.startsWith(dir + sep)) return null;
      try {
        return statSync(path).isFile() ? path : null;
      } catch {
        return null;
      }
    }
    return null;
  };
  const server = createServer((req, res) => {
    const path = fileFor(req.url ?? '/');
    if (!path) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': statSync(path).size,
      'cache-control': 'no-store',
    };
    if (isolated.some((prefix) => (req.url ?? '').startsWith(prefix))) {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    fileFor,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
