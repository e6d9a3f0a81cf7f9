import type { Browser } from 'playwright-core';
import { sommaireTargets, withSommairePages } from '../../../shared/export/sommairePages';
import { lowerChildSessions } from './backgroundPriority';
import { destinationPages } from './pdfDestinations';
import { documentInfoOfHtml, withDocumentInfo } from './pdfDocumentInfo';
import { withStandardStructureTypes } from './pdfRoleMap';
import { Slots } from './slots';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Pages Chromium prints at once; the other prints wait their turn. Four 100-page prints
 * at once on two cores held 1 GB in Chromium (PSS) and all ended together; one after the
 * other, they end in the same total time, the first soonest, with 0.5 GB.
 */
const PAGES_AT_ONCE = 1;

async function printOnce(browser: Browser, html: string): Promise<Uint8Array> {
  // The page is our own escaped HTML, but it holds other people's text: no script, no network.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ tagged: true, outline: true, printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await context.close();
  }
}

export interface ChromiumPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * One Chromium, launched at the first PDF and reused: a launch costs far more than a page.
 * If it dies, the next print launches a new one. Runs in the print thread (pdfPrintWorker),
 * so Playwright's protocol traffic, the two prints' bytes and their reading stay off the
 * event loop, and Chromium inherits the thread's low priority.
 */
export function createChromiumPrinter(executablePath: string): ChromiumPrinter {
  let browser: Promise<Browser> | undefined;
  const pages = new Slots(PAGES_AT_ONCE);

  const launched = (): Promise<Browser> => {
    if (!browser) {
      // Loaded on the first PDF only: playwright-core alone weighs ~90 MB of memory.
      const launching = import('playwright-core')
        .then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS }))
        .then((b) => {
          lowerChildSessions();
          return b;
        });
      browser = launching;
      launching.then(
        (b) => b.on('disconnected', () => {
          if (browser === launching) browser = undefined;
        }),
        () => {
          if (browser === launching) browser = undefined;
        },
      );
    }
    return browser;
  };

  return {
    async print(html) {
      const release = await pages.acquire();
      try {
        const browser = await launched();
        let pdf = await printOnce(browser, html);
        // A second print with the page each section starts on, read from the first one.
        if (sommaireTargets(html).length > 0) pdf = await printOnce(browser, withSommairePages(html, destinationPages(pdf)));
        return withStandardStructureTypes(withDocumentInfo(pdf, documentInfoOfHtml(html)));
      } finally {
        release();
      }
    },

    async close() {
      const current = browser;
      browser = undefined;
      if (current) await current.then((b) => b.close(), () => undefined);
    },
  };
}
