import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/export/renderHtml';
import { LONG_TOKENS, longTokenMinutes } from '../../../shared/export/testing/longTokenMinutes';
import { CHROMIUM_PATH } from './renderPdf';

/** The HTML export opened in a browser window: long tokens wrap instead of pushing the page sideways (issue 15). */
describe('HTML export with tokens longer than a line, in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--headless'] });
  }, 60_000);
  afterAll(() => browser?.close());

  for (const width of [360, 1024]) {
    it(`never scrolls sideways at ${width} px, and keeps every character`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      try {
        await page.setContent(renderHtml(longTokenMinutes()));
        const { scrollWidth, clientWidth, text } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          text: document.body.innerText.replace(/\s+/g, ''),
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        for (const [name, token] of Object.entries(LONG_TOKENS)) expect(text.includes(token.replace(/\s+/g, '')), name).toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});
