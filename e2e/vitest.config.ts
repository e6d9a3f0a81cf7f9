import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Browser tests against the real server; run after `vite build` (see package.json `test`). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own server and Chromium; running them side by side only adds noise.
    fileParallelism: false,
    // A real browser on a shared two-core machine: one retry absorbs a scheduling hiccup;
    // a test that fails twice in a row still fails the run.
    retry: 1,
  },
});
