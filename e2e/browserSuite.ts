import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser';
import { type RunningServer, type ServerOptions, startServer } from './serverProcess';

/** What a browser test file shares: one real server, one Chromium, and the contexts of the running test. */
export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
  /** Contexts opened by the running test; closed after it. */
  contexts: BrowserContext[];
}

/**
 * Starts the real server (with `serverOptions`) and Chromium once for the calling test file,
 * closes each test's browser contexts after it, and stops everything at the end. `server` may be replaced
 * (a test that restarts the server assigns the new one; a retried test gets a fresh one).
 */
export function browserSuite(serverOptions: ServerOptions = {}): BrowserSuite {
  const suite = { contexts: [] as BrowserContext[] } as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startServer(serverOptions);
    suite.browser = await launchChromium();
  });
  beforeEach(async ({ task }) => {
    // What the failed attempt left on its server (an account whose e-mail is now taken, a
    // setting left on, a list no longer empty) would fail the retry for another reason.
    if (!task.result?.retryCount) return;
    await suite.server.stop();
    suite.server = await startServer(serverOptions);
  });
  afterEach(async () => {
    await Promise.all(suite.contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
