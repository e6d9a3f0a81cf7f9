import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderOdt } from './renderOdt';
import { expectInOrder } from './testing/expectInOrder';
import { sampleMeasureTitles, sampleMinutes, sampleSpeakersInOrder } from './testing/sampleMinutes';

const MIME = 'application/vnd.oasis.opendocument.text';

describe('renderOdt (package structure; LibreOffice reads it in server/src/export)', () => {
  const internal = renderOdt(sampleMinutes('internal'));
  const parts = unzipSync(internal);
  const part = (path: string) => strFromU8(parts[path] ?? new Uint8Array());

  it('starts with the mimetype entry, stored uncompressed, as ODF requires', () => {
    const view = new DataView(internal.buffer, internal.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    expect(strFromU8(internal.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(extraLength).toBe(0);
    expect(strFromU8(internal.subarray(30 + nameLength, 30 + nameLength + MIME.length))).toBe(MIME);
  });

  it('holds content, styles, meta and a manifest that lists them', () => {
    expect(Object.keys(parts).sort()).toEqual(['META-INF/manifest.xml', 'content.xml', 'meta.xml', 'mimetype', 'styles.xml']);
    for (const path of ['content.xml', 'styles.xml', 'meta.xml']) {
      expect(part('META-INF/manifest.xml')).toContain(`manifest:full-path="${path}" manifest:media-type="text/xml"`);
    }
    expect(part('meta.xml')).toContain('<dc:title>Compte-rendu de la réunion du 22 novembre 2013</dc:title>');
  });

  it('styles headings, speaker turns and À suivre boxes with named styles, and numbers pages in the footer', () => {
    const styles = part('styles.xml');
    for (const name of ['Heading_20_1', 'Heading_20_2', 'Intervenant', 'Tour_20_de_20_parole', 'A_20_suivre', 'A_20_suivre_20_titre']) {
      expect(styles).toContain(`style:name="${name}"`);
    }
    expect(styles).toMatch(/style:name="A_20_suivre"[^>]*>.*?fo:border="0.06pt solid #000000"/);
    expect(styles).toMatch(/<style:footer>.*<text:page-number/);
    const content = part('content.xml');
    expect(content).toMatch(/<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:bookmark text:name="sommaire-\d+"\/>I- Actualités présentées/);
    expect(content).toContain('<text:p text:style-name="Intervenant">Mouvement du Nid <text:span');
    expect(content.match(/text:style-name="A_20_suivre_20_titre"/g)).toHaveLength(3);
    expectInOrder(content, sampleSpeakersInOrder);
    for (const title of sampleMeasureTitles) expect(content).toContain(title.replace(/'/g, '&apos;'));
    expect(content).toMatch(/<text:note text:id="ftn1" text:note-class="footnote">/);
  });

  it('leaves the À suivre boxes and marked sections out of the external version', () => {
    const content = strFromU8(unzipSync(renderOdt(sampleMinutes('external')))['content.xml'] ?? new Uint8Array());
    expect(content).not.toMatch(/A_20_suivre|>Annexes<|>Prochaines réunions</);
    expectInOrder(content, sampleSpeakersInOrder);
  });

  it('gives the same bytes for the same minutes', () => {
    expect(renderOdt(sampleMinutes('internal'))).toEqual(internal);
  });

  it('writes the sommaire as a LibreOffice table of contents whose pages are reference fields to the headings', () => {
    const content = part('content.xml');
    expect(content).toMatch(/<text:table-of-content [^>]*><text:table-of-content-source text:outline-level="1"/);
    const entries = [...content.matchAll(/<text:a xlink:type="simple" xlink:href="#([\w-]+)">([^<]*)<text:tab\/><text:bookmark-ref text:reference-format="page" text:ref-name="\1"\/><\/text:a>/g)];
    expect(entries.map((entry) => entry[2]?.slice(0, 12))).toEqual([
      'Annexes', 'Prochaines r', 'I- Actualité', 'II- Éléments', 'III- Prépara', 'IV- Retour s', 'Participants', 'Absents',
    ]);
    for (const [, bookmark] of entries) expect(content).toMatch(new RegExp(`<text:h [^>]*text:outline-level="1"><text:bookmark text:name="${bookmark}"/>`));
    expect(part('styles.xml')).toMatch(/style:name="Contents_20_1".*?<style:tab-stop style:position="17cm" style:type="right"/);
  });
});
