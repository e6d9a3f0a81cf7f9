import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/export/renderDocx';
import { renderOdt } from '../../../shared/export/renderOdt';
import { expectInOrder } from '../../../shared/export/testing/expectInOrder';
import { HOSTILE, hostileMinutes } from '../../../shared/export/testing/hostileMinutes';
import {
  sampleActionItemTexts,
  sampleMeasureTitles,
  sampleMinutes,
  sampleSpeakersInOrder,
} from '../../../shared/export/testing/sampleMinutes';
import { convertWithLibreOffice, pdfText } from './testing/readers';

/**
 * Our ODT (and DOCX) opened by a real office suite: LibreOffice headless converts every
 * file to text in one run, and to PDF in another (its text export leaves footnotes and
 * footers out, which the PDF keeps).
 */
describe('ODT and DOCX exports opened by LibreOffice', () => {
  const texts: Record<string, string> = {};
  const printed: Record<string, string> = {};

  beforeAll(async () => {
    const files = {
      'internal.odt': renderOdt(sampleMinutes('internal')),
      'external.odt': renderOdt(sampleMinutes('external')),
      'hostile.odt': renderOdt(hostileMinutes()),
      'internal.docx': await renderDocx(sampleMinutes('internal')),
      'hostile.docx': await renderDocx(hostileMinutes()),
    };
    const [asText, asPdf] = await Promise.all([
      convertWithLibreOffice(files, 'txt:Text (encoded):UTF8', 'txt'),
      convertWithLibreOffice({ 'internal.odt': files['internal.odt'], 'internal.docx': files['internal.docx'] }, 'pdf', 'pdf'),
    ]);
    for (const [name, bytes] of Object.entries(asText)) texts[name] = bytes.toString('utf8');
    for (const [name, bytes] of Object.entries(asPdf)) printed[name] = await pdfText(bytes);
  }, 120_000);

  it('opens every file', () => {
    expect(Object.keys(texts).sort()).toEqual(['external.odt', 'hostile.docx', 'hostile.odt', 'internal.docx', 'internal.odt']);
    expect(Object.keys(printed).sort()).toEqual(['internal.docx', 'internal.odt']);
  });

  it('reads the speaker turns in order, with their accents, and the À suivre boxes in the internal ODT', () => {
    const text = texts['internal.odt'] ?? '';
    expectInOrder(text, [
      'Compte-rendu de la réunion du 22 novembre 2013',
      'Paris, le 26 novembre 2013',
      'Validé lors de la réunion du Collectif du 17 février 2014',
      'I- Actualités présentées par les associations du Collectif',
      'Annexes',
      'Prochaines réunions',
      ...sampleSpeakersInOrder,
      'Participants à la réunion du 22 novembre 2013',
      'Compte-rendu réalisé par Sarah Berthelot',
    ]);
    for (const item of sampleActionItemTexts) expect(text).toContain(item);
    expect(text).toContain('Échéance\u00A0: 31 janvier 2014');
    expect(text).toContain('Secours Catholique – Caritas France (Geneviève Colas)\u00A0:');
  });

  it('has no À suivre box, annexes or next meetings in the external ODT', () => {
    const text = texts['external.odt'] ?? '';
    expectInOrder(text, sampleSpeakersInOrder);
    for (const item of sampleActionItemTexts) expect(text).not.toContain(item);
    expect(text).not.toMatch(/À suivre|Annexes|Prochaines réunions/);
  });

  it('prints the measure titles as footnotes and page numbers in the footer', () => {
    for (const name of ['internal.odt', 'internal.docx']) {
      const text = printed[name] ?? '';
      for (const title of sampleMeasureTitles) expect(text.replace(/\s+/g, ' '), name).toContain(title);
      expect(text, name).toMatch(/Page 1 sur \d/);
      expectInOrder(text, sampleSpeakersInOrder);
    }
  });

  it('reads the DOCX as Word users would see it', () => {
    const text = texts['internal.docx'] ?? '';
    expectInOrder(text, ['Sommaire', ...sampleSpeakersInOrder, 'Compte-rendu réalisé par Sarah Berthelot']);
    for (const item of sampleActionItemTexts) expect(text).toContain(item);
  });

  it('opens hostile files whole, showing the markup as text', () => {
    for (const name of ['hostile.odt', 'hostile.docx']) {
      const text = texts[name] ?? '';
      expectInOrder(text, [
        `Réunion ${HOSTILE.script} ${HOSTILE.cdataEnd} avantaprès`,
        `${HOSTILE.script} ("]]>)\u00A0:`,
        'Texte avantaprès <w:p/> ]]> &amp; lien piégé',
        `Suivi ${HOSTILE.script}`,
        '</text:p>',
        'Compte-rendu réalisé par </w:t></w:r>"]]> <img src=x onerror=alert(2)>.',
      ]);
    }
  });
});
