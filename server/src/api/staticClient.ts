import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { serveRanges } from './staticRanges';

/** The service worker (issue 19) sits at the root of the client so that its scope is the whole app. */
const SERVICE_WORKER_PATH = '/sw.js';

/**
 * Serves the built client, and its index.html for any other page path so that
 * client-side routes (`/cr/<id>`) survive a reload.
 */
export function serveClient<E extends Env>(app: Hono<E>, staticDir: string): void {
  const indexFile = join(staticDir, 'index.html');
  if (existsSync(staticDir)) {
    app.use('/*', serveRanges(staticDir));
    // The browser must ask for the worker again at every update check, or a new client is never
    // precached; the workbox-<hash>.js it imports is named after its content and may be kept.
    app.use(SERVICE_WORKER_PATH, async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'no-cache');
    });
    // serveStatic only takes paths relative to the working directory.
    app.use('/*', serveStatic({ root: relative(process.cwd(), staticDir) || '.' }));
  }
  app.get('*', async (c) => {
    if (!existsSync(indexFile)) {
      return c.text('Client non construit : lancez « npm run build » (ou « npm start »).', 503);
    }
    return c.html(await readFile(indexFile, 'utf8'));
  });
}
