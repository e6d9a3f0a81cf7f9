import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../api/comments';
import { buildExportModel } from './buildExportModel';
import { commentFootnote } from './commentFootnote';
import { defaultProfileDrops } from './exportProfile';
import type { ExportInput } from './exportInput';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';

const anchored = (text: string, ...threadIds: string[]) => ({
  type: 'text',
  text,
  marks: threadIds.map((threadId) => ({ type: 'comment', attrs: { threadId } })),
});
const plain = (text: string) => ({ type: 'text', text });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });

const thread = (id: string, body: string, extra: Partial<CommentThread> = {}): CommentThread => ({
  id,
  documentId: 'd',
  quote: '',
  status: 'open',
  createdAt: '2026-12-03T09:00:00.000Z',
  resolvedAt: null,
  resolvedBy: null,
  messages: [
    {
      id: `${id}-1`,
      author: { userId: 'u1', name: 'Hélène De Rugy', association: 'Amicale du Nid' },
      body,
      mentions: [],
      createdAt: '2026-12-03T09:00:00.000Z',
    },
  ],
  ...extra,
});

// « Un état des lieux » was commented, then its paragraph was split after « état »: the
// mark covers both halves, so the note goes after the second one.
const content = {
  type: 'doc',
  content: [
    paragraph(plain('Il faut un '), anchored('état', 'a')),
    paragraph(anchored(' des lieux', 'a', 'b'), plain(' des foyers.')),
    paragraph(plain('Rien ici.')),
  ],
};

const input = (comments: CommentThread[], drops = defaultProfileDrops.internal): ExportInput => ({
  meta: { title: 'Réunion' } as ExportInput['meta'],
  participants: [],
  content,
  plans: [],
  drops,
  comments,
});

describe('comments as footnotes', () => {
  it('C5: a thread’s note follows the end of its anchored text, also after its paragraph was split', () => {
    const doc = buildExportModel(input([thread('a', 'À préciser'), thread('b', 'Quels foyers ?')]));
    const second = doc.blocks[1];
    expect(second).toEqual({
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: ' des lieux' },
        { kind: 'note', note: 'Commentaire d’Hélène De Rugy (Amicale du Nid), 3 déc. 2026\u00A0: À préciser' },
        { kind: 'note', note: 'Commentaire d’Hélène De Rugy (Amicale du Nid), 3 déc. 2026\u00A0: Quels foyers\u202F?' },
        { kind: 'text', text: ' des foyers.' },
      ],
    });
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Il faut un état' }] });
  });

  it('C5: replies and resolution read in one line, « de » elided before a vowel; line breaks of a message become spaces', () => {
    const resolved = thread('a', 'Première ligne\nseconde ligne', {
      status: 'resolved',
      resolvedAt: '2026-12-04T23:30:00.000Z',
      resolvedBy: { userId: 'u3', name: 'Sarah Berthelot', association: null },
    });
    resolved.messages.push({
      id: 'r',
      author: { userId: 'u2', name: 'Martina Andreeva', association: 'Hors la Rue' },
      body: 'D’accord.',
      mentions: [],
      createdAt: '2026-12-04T10:00:00.000Z',
    });
    // 23:30 UTC on 4 December is already 5 December in Paris.
    expect(commentFootnote(resolved)).toBe(
      'Commentaire d’Hélène De Rugy (Amicale du Nid), 3 déc. 2026 : Première ligne seconde ligne — ' +
        'Réponse de Martina Andreeva (Hors la Rue), 4 déc. 2026 : D’accord. — Résolu par Sarah Berthelot, 5 déc. 2026',
    );
  });

  it('C5: a thread whose text is gone, and every thread when the profile drops comments, is left out', () => {
    const orphan = buildExportModel(input([thread('gone', 'Sur un passage supprimé')]));
    expect(JSON.stringify(orphan)).not.toContain('Sur un passage supprimé');
    const external = renderMarkdown(input([thread('a', 'Interne seulement')], defaultProfileDrops.external));
    expect(external).not.toContain('Interne seulement');
    expect(external).not.toContain('[^');
  });

  it('C5: Markdown and HTML call and list a comment note as they do a measure’s, its text escaped', () => {
    const markdown = renderMarkdown(input([thread('a', '<b>Texte</b> *brut*')]));
    expect(markdown).toContain('\ndes lieux[^1] des foyers.');
    expect(markdown).toContain('[^1]: Commentaire d’Hélène De Rugy (Amicale du Nid), 3 déc. 2026\u00A0: \\<b\\>Texte\\</b\\> \\*brut\\*');
    const html = renderHtml(input([thread('a', '<b>Texte</b>')]));
    expect(html).toContain(' des lieux<sup class="appel-note">\u2009<a href="#note-1" id="appel-1" aria-label="Note 1">1</a></sup> des foyers.');
    expect(html).toContain('<li id="note-1">Commentaire d’Hélène De Rugy (Amicale du Nid), 3 déc. 2026\u00A0: &lt;b&gt;Texte&lt;/b&gt; <a');
  });
});
