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
    expect(html).toMatch(/<h1>(<a id="_Toc\d+"><\/a>)?I- Actualités présentées par les associations du Collectif<\/h1>/);
    expect(html).toContain('<h2>Choix de la thématique</h2>');
    expect(html).toMatch(/<ol><li>Lettre du Collectif adressée/);
    for (const title of sampleMeasureTitles) expect(text).toContain(title);
    for (const item of sampleActionItemTexts) expect(text).toContain(item);
    expect(text).toContain('Responsables\u00A0: Hors la Rue, Secours Catholique – Caritas France — Échéance\u00A0: 31 janvier 2014');
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

  it('declares French on the document defaults, and lists the fonts its styles use in the font table', async () => {
    const parts = unzipSync(await renderDocx(sampleMinutes('internal')));
    const part = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
    expect(part('word/styles.xml')).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*?<w:lang w:val="fr-FR"\/>.*?<\/w:rPrDefault>/);
    const used = new Set(
      [...`${part('word/styles.xml')}${part('word/document.xml')}`.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((match) => match[1]),
    );
    expect(used.size).toBeGreaterThanOrEqual(3);
    const table = part('word/fontTable.xml');
    for (const font of used) {
      expect(table, font).toMatch(new RegExp(`<w:font w:name="${font}">.*?<w:family w:val="(roman|swiss|modern)"/><w:pitch w:val="(variable|fixed)"/></w:font>`));
    }
  });

  it('writes the sommaire as a Word table of contents: a TOC field, filled in, that Word updates', async () => {
    const parts = unzipSync(await renderDocx(sampleMinutes('internal')));
    const part = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
    const document = part('word/document.xml');
    expect(document).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(part('word/settings.xml')).toContain('<w:updateFields/>');
    // Each entry links to a bookmark on its heading and gives its page through a PAGEREF field, computed here.
    const entries = [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="(_Toc\d+)">.*?<w:t xml:space="preserve">([^<]*)<\/w:t>.*?PAGEREF \1 \\h.*?<w:t[^>]*>(\d+)<\/w:t>/g)];
    expect(entries.map((entry) => entry[2]?.slice(0, 12))).toEqual([
      'Annexes', 'Prochaines r', 'I- Actualité', 'II- Éléments', 'III- Prépara', 'IV- Retour s', 'Participants', 'Absents',
    ]);
    for (const [, bookmark] of entries) expect(document).toContain(`<w:bookmarkStart w:name="${bookmark}"`);
    expect(entries.map((entry) => Number(entry[3]))).toEqual([...entries.map((entry) => Number(entry[3]))].sort((a, b) => a - b));
  });

  it('leaves the page numbers of a very long compte-rendu to Word, keeping the table of contents', async () => {
    const input = sampleMinutes('internal');
    const body = input.content as unknown as { content: unknown[] };
    body.content = Array.from({ length: 6 }, () => structuredClone(body.content)).flat();
    const document = strFromU8(unzipSync(await renderDocx(input))['word/document.xml'] ?? new Uint8Array());
    expect(document).toContain('TOC \\h \\o &quot;1-1&quot;');
    const references = document.match(/PAGEREF _Toc\d+ \\h/g) ?? [];
    expect(references.length).toBeGreaterThan(20);
    // Each PAGEREF is dirty, its result empty, for Word to compute.
    const empty = /<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText xml:space="preserve">PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/>/g;
    expect(document.match(empty)).toHaveLength(references.length);
  });
});
