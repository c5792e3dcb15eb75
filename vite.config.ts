// Build for the viewer: one static site in dist/, served by `vite preview` on loopback.
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { vectorTiles } from './scripts/tiles/plugin.ts';
import { runtimeData } from './scripts/data/plugin.ts';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The installable, offline viewer: after one visit the app, its tiles and label glyphs are in the
 * service worker's precache; the claims index is fetched from the network first (it names the newest
 * data) and from the cache offline; every other data file is content-hashed, so once seen it is
 * served from the cache for good. A new version waits until the reader chooses "Reload to update".
 */
function offlineApp() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    manifest: {
      name: 'Situation Viewer',
      short_name: 'Situation Viewer',
      description: 'A map of the war in Ukraine in which every mark is a cited claim from a news article.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f4f1ea',
      theme_color: '#b2182b',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,mjs,css,html,svg}', 'tiles/**/*.pbf', 'glyphs/**/*.pbf'],
      globIgnores: ['data/**'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
      runtimeCaching: [
        {
          urlPattern: /\/data\/index\.json$/,
          handler: 'NetworkFirst',
          options: { cacheName: 'data-index', networkTimeoutSeconds: 4 },
        },
        {
          urlPattern: /\/data\/.+\.[0-9a-f]{12}\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: 'data-files', expiration: { maxEntries: 400, purgeOnQuotaError: true } },
        },
      ],
    },
  });
}

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
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [svelte(), vectorTiles(), runtimeData(), offlineApp(), contentSecurityPolicy()],
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
