import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/export/renderHtml';
import { expectInOrder } from '../../../shared/export/testing/expectInOrder';
import { HOSTILE, hostileMinutes } from '../../../shared/export/testing/hostileMinutes';
import {
  sampleActionItemTexts,
  sampleMeasureTitles,
  sampleMinutes,
  sampleSpeakersInOrder,
} from '../../../shared/export/testing/sampleMinutes';
import { PdfUnavailableError, createPdfPrinter } from './renderPdf';
import { pdfText } from './testing/readers';

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

describe('PDF export printed by Chromium, read by pdftotext', () => {
  const printer = createPdfPrinter();
  const pdfs: Record<'internal' | 'external' | 'hostile', Uint8Array> = {} as never;
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    pdfs.internal = await printer.print(renderHtml(sampleMinutes('internal')));
    pdfs.external = await printer.print(renderHtml(sampleMinutes('external')));
    pdfs.hostile = await printer.print(renderHtml(hostileMinutes()));
    for (const [name, pdf] of Object.entries(pdfs)) texts[name] = await pdfText(pdf);
  }, 60_000);
  afterAll(() => printer.close());

  it('contains the compte-rendu in order, measure titles, page numbers and accents', () => {
    const text = texts.internal ?? '';
    expectInOrder(text, [
      'Paris, le 26 novembre 2013',
      'Validé lors de la réunion du Collectif du 17 février 2014',
      'Sommaire',
      ...sampleSpeakersInOrder,
      'Participants à la réunion du 22 novembre 2013',
      'Compte-rendu réalisé par Sarah Berthelot',
      ...sampleMeasureTitles,
    ]);
    for (const item of sampleActionItemTexts) expect(text.replace(/\s+/g, ' ')).toContain(item);
    expect(text).toMatch(/Page 1 sur \d/);
  });

  it('leaves the À suivre boxes, annexes and next meetings out of the external version', () => {
    const text = (texts.external ?? '').replace(/\s+/g, ' ');
    expectInOrder(text, sampleSpeakersInOrder);
    for (const item of sampleActionItemTexts) expect(text).not.toContain(item);
    expect(text).not.toMatch(/À suivre|Annexes|Prochaines réunions/);
  });

  it('is tagged for accessibility and has an outline', () => {
    const pdf = latin1(pdfs.internal);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked\s+true/);
    expect(pdf).toMatch(/\/Outlines\s+\d+ 0 R/);
  });

  it('prints hostile text as text', () => {
    expectInOrder(texts.hostile ?? '', [`${HOSTILE.script} ("]]>) :`, 'Texte avantaprès <w:p/> ]]> &amp;', `Suivi ${HOSTILE.script}`]);
  });

  it('relaunches Chromium after close, and says what to install when it is missing', async () => {
    await printer.close();
    expect(latin1(await printer.print('<p>encore</p>')).startsWith('%PDF-')).toBe(true);
    const missing = createPdfPrinter('/nonexistent/chromium');
    expect(missing.available()).toBe(false);
    await expect(missing.print('<p>x</p>')).rejects.toThrow(PdfUnavailableError);
    await expect(missing.print('<p>x</p>')).rejects.toThrow(/apt-get install -y chromium/);
  });
});
