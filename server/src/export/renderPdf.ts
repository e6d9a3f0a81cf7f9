import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { sommaireTargets, withSommairePages } from '../../../shared/export/sommairePages';
import { destinationPages } from './pdfDestinations';
import { documentInfoOfHtml, withDocumentInfo } from './pdfDocumentInfo';
import { Slots } from './slots';

/** Debian's Chromium: the one the e2e tests use too. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium is not installed: the route answers 503 with this message. */
export class PdfUnavailableError extends Error {
  constructor(executablePath: string) {
    super(
      `L’export PDF a besoin de Chromium, absent de ce serveur (${executablePath}). ` +
        'Installez-le avec « apt-get install -y chromium », ou exportez en HTML et imprimez-le depuis votre navigateur.',
    );
    this.name = 'PdfUnavailableError';
  }
}

export interface PdfPrinter {
  /** False when Chromium is missing, so the UI can offer the browser's print instead. */
  available(): boolean;
  /**
   * Prints a standalone HTML page (see renderHtml) to a tagged PDF with an outline, the
   * sommaire's page numbers and the page's title, author, subject and generator as its properties.
   */
  print(html: string): Promise<Uint8Array>;
  /** Closes the browser, if it was ever launched. */
  close(): Promise<void>;
}

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

/**
 * One Chromium, launched at the first PDF and reused: a launch costs far more than a page.
 * If it dies, the next print launches a new one.
 */
export function createPdfPrinter(executablePath: string = CHROMIUM_PATH): PdfPrinter {
  let browser: Promise<Browser> | undefined;
  const pages = new Slots(PAGES_AT_ONCE);

  const launched = (): Promise<Browser> => {
    if (!browser) {
      // Loaded on the first PDF only: playwright-core alone weighs ~90 MB of memory.
      const launching = import('playwright-core').then(({ chromium }) =>
        chromium.launch({ executablePath, args: CHROMIUM_ARGS }),
      );
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
    available: () => existsSync(executablePath),

    async print(html) {
      if (!existsSync(executablePath)) throw new PdfUnavailableError(executablePath);
      const release = await pages.acquire();
      try {
        const browser = await launched();
        let pdf = await printOnce(browser, html);
        // A second print with the page each section starts on, read from the first one.
        if (sommaireTargets(html).length > 0) pdf = await printOnce(browser, withSommairePages(html, destinationPages(pdf)));
        return withDocumentInfo(pdf, documentInfoOfHtml(html));
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
