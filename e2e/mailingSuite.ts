import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { type SmtpTestServer, startSmtpTestServer } from '../server/src/testing/smtpTestServer';
import { launchChromium } from './browser';
import { type RunningServer, startServer } from './serverProcess';

/** What a browser test file that sends e-mail shares: a real SMTP server, the server set to use it, Chromium. */
export interface MailingSuite {
  smtp: SmtpTestServer;
  server: RunningServer;
  browser: Browser;
  /** Contexts opened by the running test; closed after it. */
  contexts: BrowserContext[];
}

/**
 * Like `browserSuite`, with a test SMTP server the real server sends through (`SMTP_URL`). A
 * retried test gets a fresh server and an empty mailbox: what the failed attempt sent (a
 * reminder holds its item for an hour, T7) would fail the retry for another reason.
 */
export function mailingSuite(): MailingSuite {
  const suite = { contexts: [] as BrowserContext[] } as MailingSuite;
  const start = () => startServer({ env: { SMTP_URL: suite.smtp.url, MAIL_FROM: 'Minutier <minutier@minutier.test>' } });
  beforeAll(async () => {
    suite.smtp = await startSmtpTestServer();
    suite.server = await start();
    suite.browser = await launchChromium();
  });
  beforeEach(async ({ task }) => {
    if (!task.result?.retryCount) return;
    await suite.server.stop();
    suite.smtp.messages.splice(0);
    suite.server = await start();
  });
  afterEach(async () => {
    await Promise.all(suite.contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
    await suite.smtp?.close();
  });
  return suite;
}
