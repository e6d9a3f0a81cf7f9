import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/export/renderDocx';
import { renderOdt } from '../../../shared/export/renderOdt';
import { LONG_TOKENS, longTokenMinutes } from '../../../shared/export/testing/longTokenMinutes';
import { sampleMinutes } from '../../../shared/export/testing/sampleMinutes';
import { type PdfWord, convertWithLibreOffice, pdfText, pdfWords } from './testing/readers';

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');
const withoutFooters = (text: string) => text.replace(/Page \d+ sur \d+/g, '');

/** The level-1 headings LibreOffice's and Word's tables of contents list, in the sample's order. */
const SAMPLE_LEVEL_1_HEADINGS = ['Annexes', 'Prochaines réunions', 'I- Actualités', 'II- Éléments', 'III- Préparation', 'IV- Retour', 'Participants à la réunion', 'Absents'];

/**
 * Issue 15: the ODT and DOCX exports as LibreOffice lays them out (printed to PDF, read by
 * poppler): long tokens, the sommaire's page numbers, the DOCX's language.
 */
describe('ODT and DOCX exports laid out by LibreOffice', () => {
  const printed: Record<string, string> = {};
  const words: Record<string, PdfWord[]> = {};
  let docxAsOdt: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    const files = {
      'long.odt': renderOdt(longTokenMinutes()),
      'long.docx': await renderDocx(longTokenMinutes()),
      'sample.odt': renderOdt(sampleMinutes('internal')),
      'sample.docx': await renderDocx(sampleMinutes('internal')),
    };
    const [pdfs, odt] = await Promise.all([
      convertWithLibreOffice(files, 'pdf', 'pdf'),
      convertWithLibreOffice({ 'sample.docx': files['sample.docx'] }, 'odt', 'odt'),
    ]);
    for (const [name, pdf] of Object.entries(pdfs)) {
      printed[name] = await pdfText(pdf);
      words[name] = await pdfWords(pdf);
    }
    docxAsOdt = unzipSync(odt['sample.docx'] ?? new Uint8Array());
  }, 180_000);

  for (const name of ['long.odt', 'long.docx']) {
    it(`wraps long tokens inside the page in ${name}, losing no character`, () => {
      const text = withoutSpaces(withoutFooters(printed[name] ?? ''));
      for (const [token, value] of Object.entries(LONG_TOKENS)) {
        // Emoji are left to the reader's fonts in office files.
        if (token !== 'emoji') expect(text.includes(withoutSpaces(value)), token).toBe(true);
      }
      for (const word of words[name] ?? []) expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth);
    });
  }

  for (const name of ['sample.odt', 'sample.docx']) {
    it(`prints in the sommaire of ${name} the page each heading is on`, () => {
      const text = printed[name] ?? '';
      // « I- Actualités … ……… 1 », the title possibly over several lines.
      const entries = SAMPLE_LEVEL_1_HEADINGS.map((heading) => new RegExp(`^${heading}[^.]*?\\.{3,} ?(\\d+)$`, 'm').exec(text));
      const sommaireEnd = Math.max(...entries.map((entry) => (entry ? entry.index + entry[0].length : Infinity)));
      expect(text.slice(0, sommaireEnd)).toContain('Sommaire');
      let from = sommaireEnd;
      for (const [index, heading] of SAMPLE_LEVEL_1_HEADINGS.entries()) {
        // The heading itself, at the start of a line, after the previous one.
        const lineStart = new RegExp(`[\\n\\f]${heading}`, 'g');
        lineStart.lastIndex = from;
        const at = lineStart.exec(text)?.index ?? -1;
        expect(at, heading).toBeGreaterThan(0);
        from = at + 1;
        const page = text.slice(0, at + 1).split('\f').length;
        expect(Number(entries[index]?.[1]), heading).toBe(page);
      }
      expect(text.slice(0, sommaireEnd).split('\f')).toHaveLength(1);
    });
  }

  it('makes LibreOffice read the DOCX as French', () => {
    const styles = strFromU8(docxAsOdt['styles.xml'] ?? new Uint8Array());
    expect(styles).toMatch(/<style:default-style style:family="paragraph">.*?fo:language="fr" fo:country="FR"/);
  });
});
