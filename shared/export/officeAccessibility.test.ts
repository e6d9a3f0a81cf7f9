import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { renderOdt } from './renderOdt';
import { sampleMinutes } from './testing/sampleMinutes';

const TITLE = 'Compte-rendu de la réunion du 22 novembre 2013';

/** Each level is at most one below the one before it: a screen reader's heading list has no gap. */
function expectNoSkippedLevel(levels: number[]): void {
  expect(levels[0]).toBe(1);
  for (const [i, level] of levels.entries()) if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
}

/**
 * Word and LibreOffice files for assistive technology: French declared, so that a screen
 * reader speaks French; the title in the properties and in the Title style; sections in the
 * real heading styles that the navigation pane, the sommaire and screen readers list. The
 * sections are level 1 (the title is not a heading, as in Word's and LibreOffice's own
 * model): the sommaire, a table of contents over level 1, would otherwise list the title.
 */
describe('DOCX and ODT exports for assistive technology (RGAA 4.1, criterion 13.3)', () => {
  it('DOCX: French by default, titled, and sections in Word heading styles with outline levels', async () => {
    const parts = unzipSync(await renderDocx(sampleMinutes('internal')));
    const part = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
    const styles = part('word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*?<w:lang w:val="fr-FR"\/>/);
    expect(part('docProps/core.xml')).toContain(`<dc:title>${TITLE}</dc:title>`);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"\/>.*?<w:outlineLvl w:val="1"\/>/);

    const paragraphStyles = [...part('word/document.xml').matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((match) => match[1]);
    expect(paragraphStyles[0]).toBe('Title');
    const levels = paragraphStyles.flatMap((style) => (/^Heading(\d)$/.exec(style ?? '') ? [Number(style?.slice(7))] : []));
    expect(levels.length).toBeGreaterThan(8);
    expect(levels).toContain(2);
    expectNoSkippedLevel(levels);
  });

  it('ODT: French by default, titled, and sections as outline headings', () => {
    const parts = unzipSync(renderOdt(sampleMinutes('internal')));
    const part = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
    expect(part('styles.xml')).toMatch(/<style:default-style style:family="paragraph">.*?fo:language="fr" fo:country="FR"/);
    expect(part('meta.xml')).toContain('<dc:language>fr-FR</dc:language>');
    expect(part('meta.xml')).toContain(`<dc:title>${TITLE}</dc:title>`);

    const content = part('content.xml');
    expect(content).toContain(`<text:p text:style-name="Title">${TITLE}</text:p>`);
    // No paragraph dressed up as a heading: every heading style is on a real <text:h>.
    expect(content).not.toMatch(/<text:p text:style-name="Heading_20_\d"/);
    const headings = [...content.matchAll(/<text:h text:style-name="Heading_20_(\d)" text:outline-level="(\d)">/g)];
    for (const [, style, level] of headings) expect(level).toBe(style);
    const levels = headings.map((heading) => Number(heading[2]));
    expect(levels.length).toBeGreaterThan(8);
    expect(levels).toContain(2);
    expectNoSkippedLevel(levels);
  });
});
