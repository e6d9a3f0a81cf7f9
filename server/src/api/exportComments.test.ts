import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { CommentThread } from '../../../shared/api/comments';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/exportFormats';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { convertWithLibreOffice, pdfText } from '../export/testing/readers';
import { createPdfPrinter } from '../export/renderPdf';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, startTestServer } from '../testing/testServer';

const COMMENT = 'Préciser le nombre de foyers visités';
const REPLY = 'Douze foyers selon le rapport';
const PENDING_INSERTION = 'Ajout proposé par Hors la Rue';
const PENDING_PARAGRAPH = 'Paragraphe proposé en entier';
const PENDING_DELETION = 'Phrase dont la suppression est proposée';

const author = { userId: 'u-hlr', author: 'Martina Andreeva', association: 'Hors la Rue' };
const minutes = {
  meta: { title: 'Réunion du 22 novembre 2013' },
  content: {
    type: 'doc',
    content: [
      {
        type: 'speakerTurn',
        attrs: { id: 't1', organisation: 'Amicale du Nid', person: '', role: '' },
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Un état des lieux est nécessaire.' },
              { type: 'text', text: ` ${PENDING_INSERTION}.`, marks: [{ type: 'insertion', attrs: { id: 's1', ...author } }] },
              { type: 'text', text: ` ${PENDING_DELETION}.`, marks: [{ type: 'deletion', attrs: { id: 's2', ...author } }] },
            ],
          },
          {
            type: 'paragraph',
            attrs: { suggestion: { id: 's3', kind: 'insert', ...author } },
            content: [{ type: 'text', text: `${PENDING_PARAGRAPH}.` }],
          },
        ],
      },
    ],
  },
};

type Variant = 'external' | 'internal' | 'internalWithComments';
const QUERIES: Record<Variant, string> = {
  external: 'profile=external&comments=include',
  internal: 'profile=internal',
  internalWithComments: 'profile=internal&comments=include',
};

/**
 * Every format of one compte-rendu under review, read back as its readers see it: Markdown and
 * HTML as text, DOCX through mammoth (footnotes included), PDF and ODT through pdftotext
 * (LibreOffice prints the ODT; its text export would leave the footnotes out).
 */
describe('comments and suggestions in exports', () => {
  const pdf = createPdfPrinter();
  let server: TestServer;
  const texts = new Map<string, string>();
  const textOf = (format: ExportFormat, variant: Variant) => texts.get(`${variant}.${format}`) ?? '';

  beforeAll(async () => {
    server = await startTestServer({ pdf });
    const created = await server.api('/api/minutes', { body: minutes });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // As the editor does: the thread first, then its mark on the commented words.
    const member = await server.createUser('member');
    const opened = await server.api(`/api/minutes/${id}/comments`, { body: { quote: 'état des lieux', body: COMMENT, mentions: [] }, as: member });
    const { thread } = (await opened.json()) as { thread: CommentThread };
    await server.api(`/api/minutes/${id}/comments/${thread.id}/replies`, { body: { body: REPLY, mentions: [] } });
    const editor = connectClient(server.collabUrl, id, member.token);
    await synced(editor);
    const turn = editor.doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement;
    const text = (turn.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.format('Un '.length, 'état des lieux'.length, { comment: { threadId: thread.id } });
    await eventually(async () => {
      const read = (await (await server.api(`/api/minutes/${id}`)).json()) as { content: unknown };
      expect(JSON.stringify(read.content)).toContain(thread.id);
    });
    editor.destroy();

    const odts: Record<string, Uint8Array> = {};
    for (const variant of Object.keys(QUERIES) as Variant[]) {
      for (const format of EXPORT_FORMATS) {
        const response = await server.api(`/api/minutes/${id}/export?format=${format}&${QUERIES[variant]}`);
        expect(response.status, `${variant}.${format}`).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const key = `${variant}.${format}`;
        if (format === 'odt') odts[key] = bytes;
        else if (format === 'pdf') texts.set(key, await pdfText(bytes));
        else if (format === 'docx') texts.set(key, (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value);
        else texts.set(key, Buffer.from(bytes).toString('utf8'));
      }
    }
    const printed = await convertWithLibreOffice(odts, 'pdf', 'pdf');
    for (const [key, bytes] of Object.entries(printed)) texts.set(key, await pdfText(bytes));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await pdf.close();
  });

  it('C4: no format of any version contains a suggestion that was not accepted', () => {
    for (const variant of Object.keys(QUERIES) as Variant[]) {
      for (const format of EXPORT_FORMATS) {
        const text = textOf(format, variant).replace(/\s+/g, ' ');
        // (The comment's footnote call may sit after « lieux ».)
        expect(text, `${variant}.${format}`).toContain('Un état des lieux');
        expect(text, `${variant}.${format}`).toContain('est nécessaire.');
        // A proposed deletion is not accepted either: the words stay.
        expect(text, `${variant}.${format}`).toContain(PENDING_DELETION);
        expect(text, `${variant}.${format}`).not.toContain(PENDING_INSERTION);
        expect(text, `${variant}.${format}`).not.toContain(PENDING_PARAGRAPH);
      }
    }
  });

  it('C5: the external version never carries a comment, even when asked; the internal one only when asked', () => {
    for (const format of EXPORT_FORMATS) {
      for (const variant of ['external', 'internal'] as const) {
        expect(textOf(format, variant), `${variant}.${format}`).not.toContain(COMMENT);
        expect(textOf(format, variant), `${variant}.${format}`).not.toContain('Commentaire de');
      }
    }
  });

  it('C5: with comments=include, every format of the internal version has the thread as a footnote, replies included', () => {
    for (const format of EXPORT_FORMATS) {
      const text = textOf(format, 'internalWithComments').replace(/\s+/g, ' ');
      expect(text, format).toMatch(new RegExp(`Commentaire de Personne \\d+ \\(member\\), \\d+(?:er)? \\S+ \\d{4} : ${COMMENT} — Réponse de Personne \\d+ \\(coordination\\), \\d+(?:er)? \\S+ \\d{4} : ${REPLY}`));
    }
    // The call sits right after the commented words.
    expect(textOf('md', 'internalWithComments')).toContain('Un état des lieux[^1] est nécessaire.');
  });

  it('C5: an unknown comments choice answers 400 in French', async () => {
    const list = (await (await server.api('/api/minutes')).json()) as { minutes: Array<{ id: string }> };
    const response = await server.api(`/api/minutes/${list.minutes[0]!.id}/export?format=md&comments=toutes`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_comments',
      message: 'Valeur inconnue pour «\u00A0comments\u00A0» : «\u00A0toutes\u00A0». Valeurs possibles : include, exclude.',
    });
  });
});
