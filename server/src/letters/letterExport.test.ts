import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocxDocument } from '../../../shared/export/renderDocx';
import { renderOdtDocument } from '../../../shared/export/renderOdt';
import { expectInOrder } from '../../../shared/export/testing/expectInOrder';
import { buildLetterExportModel } from '../../../shared/letters/buildLetterExportModel';
import { sampleLetter, sampleLetterBody } from '../../../shared/letters/testing/sampleLetter';
import { type PdfWord, convertWithLibreOffice, pdfWords } from '../export/testing/readers';

/** The sample letter's text as a reader shows it, in order. */
const LETTER_IN_ORDER = [
  'Paris, le 21 avril 2015',
  'Monsieur Bernard Cazeneuve',
  'Place Beauvau',
  'Objet',
  'Vos engagements dans la lutte contre la traite',
  sampleLetterBody.salutation,
  sampleLetterBody.measureSentence,
  'mesure 22',
  sampleLetterBody.closing,
  'Véronique Fayet',
  'PJ',
  'Synthèse de la rencontre du 23 septembre 2014',
  'Copies',
  '- Monsieur Eric Panloup, Coordinateur National Traite des êtres humains',
  'Associations membres du Collectif',
  'Amicale du Nid, Comité Contre l’Esclavage Moderne',
  'Coordination',
];

/** The paragraph style (ODF) that carries `text`, and its `fo:text-align` in styles.xml. */
function odtAlignmentOf(files: Record<string, Uint8Array>, text: string): string | undefined {
  const content = strFromU8(files['content.xml'] ?? new Uint8Array());
  const styles = strFromU8(files['styles.xml'] ?? new Uint8Array());
  const paragraph = new RegExp(`<text:p text:style-name="([^"]+)"[^>]*>(?:(?!</text:p>).)*${text}`).exec(content);
  const name = paragraph?.[1];
  if (!name) return undefined;
  const style = new RegExp(`<style:style style:name="${name}"[^>]*>(?:(?!</style:style>).)*?fo:text-align="([a-z]+)"`).exec(styles);
  return style?.[1];
}

/** Issue 17 §2: the cover letter's ODT and DOCX, opened by LibreOffice as its addressee would open them. */
describe('the cover letter opened by LibreOffice', () => {
  const texts: Record<string, string> = {};
  const words: Record<string, PdfWord[]> = {};
  let odt: Record<string, Uint8Array> = {};
  let docx: Record<string, Uint8Array> = {};
  let docxAsOdt: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    const model = buildLetterExportModel(sampleLetter());
    const files = { 'lettre.odt': renderOdtDocument(model), 'lettre.docx': await renderDocxDocument(model) };
    odt = unzipSync(files['lettre.odt']);
    docx = unzipSync(files['lettre.docx']);
    const [asText, asPdf, asOdt] = await Promise.all([
      convertWithLibreOffice(files, 'txt:Text (encoded):UTF8', 'txt'),
      convertWithLibreOffice(files, 'pdf', 'pdf'),
      convertWithLibreOffice({ 'lettre.docx': files['lettre.docx'] }, 'odt', 'odt'),
    ]);
    for (const [name, bytes] of Object.entries(asText)) texts[name] = bytes.toString('utf8');
    for (const [name, bytes] of Object.entries(asPdf)) words[name] = await pdfWords(bytes);
    docxAsOdt = unzipSync(asOdt['lettre.docx'] ?? new Uint8Array());
  }, 180_000);

  for (const name of ['lettre.odt', 'lettre.docx']) {
    it(`reads ${name} in the letter's order, with no title of a compte-rendu`, () => {
      const text = texts[name] ?? '';
      expectInOrder(text, LETTER_IN_ORDER);
      expect(text).not.toMatch(/Compte-rendu|Sommaire|Lettre d’envoi/);
    });

    it(`sets the addressee on the right and the salutation on the left in ${name}, as LibreOffice lays them out`, () => {
      const page = words[name] ?? [];
      const word = (text: string) => page.find((candidate) => candidate.text === text);
      const [addressee, salutation] = [word('Cazeneuve'), word('Ministre,')];
      expect(addressee && salutation, 'words found').toBeTruthy();
      if (!addressee || !salutation) return;
      // 2 cm margins on A4: the right edge of the text is ~85 % of the width.
      expect(addressee.xMax / addressee.pageWidth).toBeGreaterThan(0.8);
      expect(salutation.xMin / salutation.pageWidth).toBeLessThan(0.2);
    });
  }

  it('styles the ODT addressee, place and signatory right-aligned, the body justified', () => {
    expect(odtAlignmentOf(odt, 'Monsieur Bernard Cazeneuve')).toBe('end');
    expect(odtAlignmentOf(odt, 'Paris, le 21 avril 2015')).toBe('end');
    expect(odtAlignmentOf(odt, 'Véronique Fayet')).toBe('end');
    expect(odtAlignmentOf(odt, 'Monsieur le Ministre,')).toBe('justify');
  });

  it('styles the DOCX addressee right-aligned, as Word and LibreOffice read it', () => {
    const document = strFromU8(docx['word/document.xml'] ?? new Uint8Array());
    const styles = strFromU8(docx['word/styles.xml'] ?? new Uint8Array());
    const style = /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>(?:(?!<\/w:p>).)*Monsieur Bernard Cazeneuve/.exec(document)?.[1];
    expect(style).toBeDefined();
    expect(styles).toMatch(new RegExp(`<w:style [^>]*w:styleId="${style}"[^>]*>(?:(?!</w:style>).)*<w:jc w:val="right"/>`));
    expect(odtAlignmentOf(docxAsOdt, 'Monsieur Bernard Cazeneuve')).toBe('end');
  });
});
