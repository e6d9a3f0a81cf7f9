import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterExportModel } from '../shared/letters/buildLetterExportModel';
import { sampleLetter } from '../shared/letters/testing/sampleLetter';
import { renderHtml, renderHtmlDocument } from '../shared/export/renderHtml';
import { sampleMinutes } from '../shared/export/testing/sampleMinutes';
import { auditPage, describeViolations } from './accessibilityAudit';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** What axe-core finds in an exported HTML file, opened in the browser as from a mailbox. */
async function auditExport(html: string): Promise<string> {
  // The file forbids every script (its CSP): the audit's own is let in, nothing of the file's.
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    return describeViolations(await auditPage(page));
  } finally {
    await context.close();
  }
}

describe('HTML export for assistive technology (RGAA 4.1, criterion 13.3)', () => {
  it('a compte-rendu, with its « À suivre » boxes, attendance and notes, has no violation', async () => {
    expect(await auditExport(renderHtml(sampleMinutes('internal')))).toBe('');
  });

  it('a cover letter has no violation', async () => {
    expect(await auditExport(renderHtmlDocument(buildLetterExportModel(sampleLetter())))).toBe('');
  });
});
