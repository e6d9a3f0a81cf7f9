import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** Where `scripts/dev.ts` runs the server while Vite serves the client. */
const devServer = 'http://127.0.0.1:3001';
const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'client',
  plugins: [react()],
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
