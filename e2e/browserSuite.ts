import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser';
import { type RunningServer, startServer } from './serverProcess';

/** What a browser test file shares: one real server, one Chromium, and the contexts of the running test. */
export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
  /** Contexts opened by the running test; closed after it. */
  contexts: BrowserContext[];
}

/**
 * Starts the real server and Chromium once for the calling test file, closes each test's
 * browser contexts after it, and stops everything at the end. `server` may be replaced
 * (a test that restarts the server assigns the new one).
 */
export function browserSuite(): BrowserSuite {
  const suite = { contexts: [] as BrowserContext[] } as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchChromium();
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
