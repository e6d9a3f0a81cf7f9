import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { annexReferencesOf } from './annexReferences';
import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import { plainText } from './exportModel';
import { applyProfile, countDroppableParts, defaultProfileDrops } from './exportProfile';
import { renderDocx } from './renderDocx';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import { renderOdt } from './renderOdt';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const annex = (attrs: Record<string, string>) => ({ type: 'annex', attrs: { id: null, annexId: '', documentId: '', ...attrs } });
const letter = annex({ kind: 'file', annexId: 'lettre-ministre', label: 'Lettre de la ministre du 12 novembre 2013' });
const minutes = annex({ kind: 'minutes', documentId: 'AbCdEfGhIjKlMnOpQr_-12', label: 'Compte-rendu de la réunion du 18 octobre 2013' });
const workshop = annex({ kind: 'file', annexId: 'atelier', label: 'Ateliers de Marseille' });

/** An annex outside the Annexes section (pasted higher up), then the section with two more. */
const body = {
  type: 'doc',
  content: [
    paragraph('Ordre du jour'),
    { type: 'blockquote', content: [workshop] },
    { type: 'markedSection', attrs: { kind: 'annexes' }, content: [paragraph('Pièces jointes :'), letter, minutes] },
    { type: 'markedSection', attrs: { kind: 'nextMeetings' }, content: [paragraph('Le 31 janvier 2014')] },
  ],
};
const input = (profile: 'internal' | 'external', overrides: Partial<ExportInput> = {}): ExportInput => ({
  meta: { title: 'Réunion du 22 novembre 2013' },
  participants: [],
  content: body,
  plans: [],
  drops: defaultProfileDrops[profile],
  profile,
  ...overrides,
});

/** « Annexe 1 : … » with the no-break space French puts before the colon (E2). */
const LINES = [
  'Annexe 1\u00A0: Ateliers de Marseille',
  'Annexe 2\u00A0: Lettre de la ministre du 12 novembre 2013',
  'Annexe 3\u00A0: Compte-rendu de la réunion du 18 octobre 2013',
];

const textOfModel = (doc: ReturnType<typeof buildExportModel>): string => JSON.stringify(doc.blocks);

describe('annexes in the exports (M12)', () => {
  it('M12: the export model prints each annex as « Annexe N : titre », numbered in document order as annexReferencesOf numbers them', () => {
    const doc = buildExportModel(input('internal'));
    const annexes = doc.blocks
      .flatMap((block) => (block.kind === 'markedSection' || block.kind === 'blockquote' ? block.blocks : [block]))
      .flatMap((block) => (block.kind === 'paragraph' && plainText(block.inlines).startsWith('Annexe') ? [plainText(block.inlines)] : []));
    expect(annexes).toEqual(LINES);
    expect(annexReferencesOf(body).map(({ number, label }) => `Annexe ${number}\u00A0: ${label}`)).toEqual(LINES);
  });

  it('M12: every format carries the annex lines of the internal version', async () => {
    const html = renderHtml(input('internal'));
    const markdown = renderMarkdown(input('internal'));
    const odt = strFromU8(unzipSync(renderOdt(input('internal')))['content.xml'] ?? new Uint8Array());
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(input('internal'))) })).value;
    for (const line of LINES) {
      expect(html).toContain(line);
      expect(markdown).toContain(line);
      expect(odt).toContain(line);
      expect(docx).toContain(line);
    }
  });

  it('M12: the external version drops every annex, wherever it sits, and numbers stay those of the document when a profile keeps some', async () => {
    expect(applyProfile(body, defaultProfileDrops.external)).toEqual({
      type: 'doc',
      content: [paragraph('Ordre du jour')],
    });
    const external = buildExportModel(input('external'));
    expect(textOfModel(external)).not.toMatch(/Annexe|Ateliers|Lettre de la ministre|18 octobre/);
    for (const rendered of [renderHtml(input('external')), renderMarkdown(input('external'))]) expect(rendered).not.toContain('Annexe');
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(input('external'))) })).value;
    expect(docx).not.toContain('Annexe');

    // An internal version that drops « Prochaines réunions » keeps an annex misplaced there under its own number.
    const misplaced = {
      type: 'doc',
      content: [
        { type: 'markedSection', attrs: { kind: 'annexes' }, content: [letter] },
        { type: 'markedSection', attrs: { kind: 'nextMeetings' }, content: [paragraph('Le 31 janvier'), minutes] },
        workshop,
      ],
    };
    const drops = { ...defaultProfileDrops.internal, nextMeetings: true };
    expect(textOfModel(buildExportModel(input('internal', { content: misplaced, drops })))).toContain('Annexe 3\u00A0: Ateliers de Marseille');
  });

  it('M12: the export dialog counts the Annexes sections and the annexes outside them, once each', () => {
    expect(countDroppableParts(body)).toEqual({ actionItems: 0, annexes: 2, nextMeetings: 1 });
  });

  it('M12: an annex without a label is still named', () => {
    const bare = { type: 'doc', content: [annex({ kind: 'file', annexId: 'x', label: ' ' }), annex({ kind: 'minutes', documentId: 'AbCdEfGhIjKlMnOpQr_-12', label: '' })] };
    const lines = buildExportModel(input('internal', { content: bare })).blocks.map((block) => (block.kind === 'paragraph' ? plainText(block.inlines) : ''));
    expect(lines).toEqual(['Annexe 1\u00A0: Pièce jointe', 'Annexe 2\u00A0: Compte-rendu annexé']);
  });
});
