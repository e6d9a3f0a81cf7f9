import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/export/renderHtml';
import { sampleActionItemTexts, sampleMinutes } from '../../../shared/export/testing/sampleMinutes';
import { createPdfPrinter } from './renderPdf';
import { type PdfStructureElement, pdfInfo, pdfStructure } from './testing/readers';

const TITLE = 'Compte-rendu de la réunion du 22 novembre 2013';

/** Every element of the tree, in reading order. */
const flatten = (elements: PdfStructureElement[]): PdfStructureElement[] => elements.flatMap((element) => [element, ...flatten(element.children)]);

describe('PDF export for assistive technology (RGAA 4.1, criterion 13.3: accessible downloadable documents)', () => {
  const printer = createPdfPrinter();
  let pdf: Uint8Array = new Uint8Array();
  let structure: Awaited<ReturnType<typeof pdfStructure>> = { roots: [], complaints: [] };

  beforeAll(async () => {
    pdf = await printer.print(renderHtml(sampleMinutes('internal')));
    structure = await pdfStructure(pdf);
  }, 60_000);
  afterAll(() => printer.close());

  it('is tagged, in French, and shows its title rather than its file name', async () => {
    const catalog = Buffer.from(pdf).toString('latin1');
    expect(catalog).toMatch(/\/Lang \(fr(-FR)?\)/);
    expect(catalog).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked\s+true/);
    expect(catalog).toMatch(/\/ViewerPreferences\s*<<[^>]*\/DisplayDocTitle\s+true/);
    const info = await pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(TITLE);
  });

  it('has one level-1 heading, the title, and section headings that never skip a level', () => {
    const headings = flatten(structure.roots).filter((element) => /^H[1-6]$/.test(element.type));
    const levels = headings.map((heading) => Number(heading.type.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(headings[0]?.text.toLowerCase()).toBe(TITLE.toLowerCase());
    for (const [i, level] of levels.entries()) if (i > 0) expect(level, headings[i]?.text).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    const sections = headings.filter((heading) => heading.type === 'H2').map((heading) => heading.text);
    expect(sections).toEqual(expect.arrayContaining(['Sommaire', 'I- Actualités présentées par les associations du Collectif', 'Participants à la réunion du 22 novembre 2013']));
    expect(levels).toContain(3);
  });

  it('keeps the « À suivre » boxes in the structure, as standard PDF 1.7 elements a reader knows', () => {
    expect(structure.complaints).toEqual([]);
    const boxes = flatten(structure.roots).filter((element) => element.type === 'Div' && element.text.startsWith('À suivre'));
    expect(boxes).toHaveLength(sampleActionItemTexts.length);
    for (const [i, text] of sampleActionItemTexts.entries()) expect(boxes[i]?.text.replace(/\s+/g, ' ')).toContain(text);
  });
});
