// Build for the viewer: one static site in dist/, served by `vite preview` on loopback.
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { vectorTiles } from './scripts/tiles/plugin.ts';
import { runtimeData } from './scripts/data/plugin.ts';

/**
 * The built page may run only its own scripts and talk only to its own origin: no inline or eval
 * script, no request to another host. Added at build time only, because the dev server injects
 * inline scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}

export default defineConfig({
  plugins: [svelte(), vectorTiles(), runtimeData(), contentSecurityPolicy()],
  // Relative asset URLs so the built site also works from a sub-path or file share.
  base: './',
  // Not a single-page app's fallback: a tile outside the tileset must be a 404 (MapLibre draws it
  // empty), not index.html (which the map's worker would fail to parse as a tile).
  appType: 'mpa',
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~1.1 MB minified; the warning would only ever point at it.
    chunkSizeWarningLimit: 1400,
    // Data files stay files: inlined as data: URLs they would need a looser connect-src.
    assetsInlineLimit: (file) => (/\.(geojson|json|txt)$/.test(file) ? false : undefined),
  },
  server: { port: 5173 },
  preview: { port: Number(process.env.PORT ?? 4173), host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
