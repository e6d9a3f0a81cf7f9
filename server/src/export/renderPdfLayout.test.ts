import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../shared/export/buildExportModel';
import { numberedTitle } from '../../../shared/export/exportModel';
import { renderHtml } from '../../../shared/export/renderHtml';
import { LONG_TOKENS, longTokenMinutes } from '../../../shared/export/testing/longTokenMinutes';
import { sampleMinutes } from '../../../shared/export/testing/sampleMinutes';
import { destinationPages } from './pdfDestinations';
import { withDocumentInfo } from './pdfDocumentInfo';
import { createPdfPrinter } from './renderPdf';
import { type PdfWord, pdfFonts, pdfInfo, pdfOutline, pdfText, pdfWords } from './testing/readers';

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Issue 15: what the PDF looked like to a new user (pdfinfo, pdffonts, pdftotext, bookmarks). */
describe('PDF export layout, properties and sommaire, read by poppler', () => {
  const printer = createPdfPrinter();
  const pdfs: Record<'sample' | 'long', Uint8Array> = {} as never;
  const texts: Record<string, string> = {};
  const words: Record<string, PdfWord[]> = {};

  beforeAll(async () => {
    pdfs.sample = await printer.print(renderHtml(sampleMinutes('internal')));
    pdfs.long = await printer.print(renderHtml(longTokenMinutes()));
    for (const [name, pdf] of Object.entries(pdfs)) {
      texts[name] = await pdfText(pdf);
      words[name] = await pdfWords(pdf);
    }
  }, 90_000);
  afterAll(() => printer.close());

  it('E3: wraps a 5,000-character word, a 192-character link and a long hash inside A4 pages, losing no character', async () => {
    // The running footer sits between the two halves of a word a page break cuts.
    const text = withoutSpaces((texts.long ?? '').replace(/Page \d+ sur \d+/g, ''));
    for (const [name, token] of Object.entries(LONG_TOKENS)) expect(text.includes(withoutSpaces(token)), name).toBe(true);
    expect((await pdfInfo(pdfs.long))['Page size']).toMatch(/^59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const all = words.long ?? [];
    expect(all.length).toBeGreaterThan(1000);
    for (const word of all) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(0);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth);
    }
    // Not shrunk to fit: body text keeps the size it has without long tokens (Chromium scaled
    // every page to about two thirds when one line was too wide).
    const heights = (list: PdfWord[]) => median(list.map((word) => word.yMax - word.yMin));
    expect(heights(all)).toBeGreaterThan(0.95 * heights(words.sample ?? []));
    expect(heights(all)).toBeGreaterThan(10);
  });

  it('E3: keeps the spaces of wrapped headings in the bookmarks', async () => {
    const outline = (await pdfOutline(pdfs.sample)).map(collapsed);
    const { title, sommaire } = buildExportModel(sampleMinutes('internal'));
    expect(outline).toContain(title.toUpperCase());
    for (const entry of sommaire) expect(outline).toContain(collapsed(numberedTitle(entry.number, entry.title)));
  });

  it('separates a footnote call from the measure number before it, and prints no ↩ back-link', () => {
    const text = texts.long ?? '';
    expect(/mesure 22 \d+/.test(text)).toBe(true);
    expect(/mesure 22\d/.test(text)).toBe(false);
    expect(/mesure 7\d/.test(texts.sample ?? '')).toBe(false);
    expect(texts.sample?.includes('↩')).toBe(false);
    expect(texts.long?.includes('↩')).toBe(false);
  });

  it('draws emoji with the colour emoji font instead of empty boxes', async () => {
    expect(withoutSpaces(texts.long ?? '').includes(withoutSpaces(LONG_TOKENS.emoji))).toBe(true);
    // Chromium embeds colour glyphs as Type 3 fonts; the sample, without emoji, has none.
    expect((await pdfFonts(pdfs.long)).some((font) => font.type === 'Type 3')).toBe(true);
    expect((await pdfFonts(pdfs.sample)).some((font) => font.type === 'Type 3')).toBe(false);
  });

  it('E3: names the collective as author, the meeting as subject and Minutier as creator', async () => {
    const info = await pdfInfo(pdfs.sample);
    const { title, collective } = buildExportModel(sampleMinutes('internal'));
    expect(info.Title).toBe(title);
    expect(collective).toMatch(/^Collectif .*Ensemble contre la traite des êtres humains/);
    expect(info.Author).toBe(collective);
    expect(info.Subject).toBe('Compte-rendu de la réunion du 22 novembre 2013');
    expect(info.Creator).toContain('Minutier');
    expect(info.Producer).toMatch(/Skia/);
    expect(info.CreationDate).toMatch(/20\d\d/);
    expect(info.Pages).toMatch(/^\d+$/);
  });

  it('E3: prints in the sommaire the page each section starts on', () => {
    const text = texts.sample ?? '';
    const pages = text.split('\f').map(withoutSpaces);
    const { sommaire } = buildExportModel(sampleMinutes('internal'));
    const sommairePage = pages.findIndex((page) => page.includes('Sommaire'));
    for (const entry of sommaire) {
      const heading = withoutSpaces(numberedTitle(entry.number, entry.title));
      // Where the heading itself is printed: its first page after the sommaire's.
      const page = pages.findIndex((content, index) => index > sommairePage && content.includes(heading)) + 1;
      expect(page, heading).toBeGreaterThan(1);
      expect(pages[sommairePage]?.includes(`${heading}${page}`), `${heading} page ${page}`).toBe(true);
    }
  });

  it('reads destinations and amends properties through an incremental update, as poppler reads them', async () => {
    // The printed PDF already carries one update (its properties): the reader follows /Prev.
    const pages = destinationPages(pdfs.sample);
    const sections = [...pages].filter(([name]) => name.startsWith('section-')).map(([, page]) => page);
    const count = Number((await pdfInfo(pdfs.sample)).Pages);
    expect(sections).toHaveLength(buildExportModel(sampleMinutes('internal')).sommaire.length);
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
    expect(Math.max(...sections)).toBeLessThanOrEqual(count);
    const again = await pdfInfo(withDocumentInfo(pdfs.sample, { title: 'Autre titre « à part »', creator: 'Minutier' }));
    expect(again.Title).toBe('Autre titre « à part »');
    expect(again.Author).toBeUndefined();
    expect(again.Pages).toBe(String(count));
    expect(await pdfText(withDocumentInfo(pdfs.sample, {}))).toBe(texts.sample);
  });
});
