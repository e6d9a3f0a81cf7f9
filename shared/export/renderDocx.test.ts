import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { expectInOrder } from './testing/expectInOrder';
import { HOSTILE, hostileMinutes } from './testing/hostileMinutes';
import { sampleActionItemTexts, sampleMeasureTitles, sampleMinutes, sampleSpeakersInOrder } from './testing/sampleMinutes';

/** What Word users see, as mammoth (a real DOCX reader) reads it: HTML with headings, lists, footnotes. */
async function readWithMammoth(docx: Uint8Array) {
  const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
  const text = value
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { html: value, text, errors: messages.filter((message) => message.type === 'error') };
}

describe('renderDocx, read back by mammoth', () => {
  it('carries the whole compte-rendu, with Word headings, lists and measure footnotes', async () => {
    const docx = await renderDocx(sampleMinutes('internal'));
    const { html, text, errors } = await readWithMammoth(docx);
    expect(errors).toEqual([]);
    expectInOrder(text, [
      'Compte-rendu de la réunion du 22 novembre 2013',
      'Paris, le 26 novembre 2013',
      'Validé lors de la réunion du Collectif du 17 février 2014',
      'Sommaire',
      ...sampleSpeakersInOrder,
      'Participants à la réunion du 22 novembre 2013',
      'Compte-rendu réalisé par Sarah Berthelot',
    ]);
    expect(html).toContain('<h1>I- Actualités présentées par les associations du Collectif</h1>');
    expect(html).toContain('<h2>Choix de la thématique</h2>');
    expect(html).toMatch(/<ol><li>Lettre du Collectif adressée/);
    for (const title of sampleMeasureTitles) expect(text).toContain(title);
    for (const item of sampleActionItemTexts) expect(text).toContain(item);
    expect(text).toContain('Responsables : Hors la Rue, Secours Catholique – Caritas France — Échéance : 31 janvier 2014');
  });

  it('drops the À suivre boxes, annexes and next meetings from the external version', async () => {
    const { text } = await readWithMammoth(await renderDocx(sampleMinutes('external')));
    expectInOrder(text, sampleSpeakersInOrder);
    for (const item of sampleActionItemTexts) expect(text).not.toContain(item);
    expect(text).not.toMatch(/À suivre|Annexes|Prochaines réunions/);
  });

  it('frames À suivre boxes, gives headings outline levels and numbers pages', async () => {
    const parts = unzipSync(await renderDocx(sampleMinutes('internal')));
    const part = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
    expect(part('word/styles.xml')).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/);
    expect(part('word/styles.xml')).toMatch(/w:styleId="Heading2">.*?<w:outlineLvl w:val="1"\/>/);
    expect(part('word/styles.xml')).toMatch(/w:styleId="ASuivre">.*?<w:pBdr><w:top w:val="single"/);
    expect(part('word/document.xml').match(/<w:pStyle w:val="ASuivreTitre"\/>/g)).toHaveLength(3);
    expect(part('word/footer1.xml')).toMatch(/PAGE.*NUMPAGES/s);
  });

  it('stays a readable document whatever the text holds', async () => {
    const { text, errors } = await readWithMammoth(await renderDocx(hostileMinutes()));
    expect(errors).toEqual([]);
    expectInOrder(text, [`Réunion ${HOSTILE.script} ${HOSTILE.cdataEnd} avantaprès`, HOSTILE.script, 'Texte avantaprès <w:p/> ]]> &amp;']);
  });
});
