import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

/** Where `scripts/dev.ts` runs the server while Vite serves the client. */
const devServer = 'http://127.0.0.1:3001';
const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    // The app shell offline (issue 19): a Workbox service worker precaches the built client.
    // Only in builds (devOptions off): the dev server keeps serving fresh modules.
    VitePWA({
      strategies: 'generateSW',
      filename: 'sw.js',
      // Registered by client/offline/serviceWorkerRegistration.ts, in production builds only.
      injectRegister: false,
      // No install prompt: the shell only has to open offline, not become an installed app.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
        // The editor chunk (Tiptap, ProseMirror, Yjs) must be there offline: allow it with room to grow.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // A new worker waits for every tab of the old one to close: a tab in the middle of a
        // meeting never has its chunks swapped under it, nor is reloaded.
        skipWaiting: false,
        clientsClaim: true,
        // Page paths go to the network first, so that a deployed client is used at once, and fall
        // back to the precached index.html when the network fails (below).
        navigateFallback: null,
        // Nor may the precache answer `/` by itself (its default): the list page goes the same way.
        directoryIndex: '',
        runtimeCaching: [
          {
            // Serialised into sw.js: must not refer to anything outside itself. API data and the
            // relay are never cached here: they are kept per account in IndexedDB, which
            // « Se déconnecter » wipes (a shared Cache Storage would outlive the session).
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' && url.origin === self.location.origin && !/^\/(api|collab)(\/|$)/.test(url.pathname),
            handler: 'NetworkOnly',
            // Not NetworkFirst: a runtime copy of a newer index.html could name chunks that the
            // precache of the still-active worker does not hold.
            options: {
              precacheFallback: { fallbackURL: 'index.html' },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The lazily loaded editor chunk (Tiptap, ProseMirror, Yjs) is ~540 kB and cannot shrink much.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': devServer,
      '/healthz': devServer,
      '/collab': { target: devServer, ws: true },
    },
  },
  test: {
    // `root` above is for the app; tests are found from the repository root.
    root: repositoryRoot,
    include: ['client/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'shared/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
