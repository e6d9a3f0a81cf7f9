import { describe, expect, it } from 'vitest';
import { acceptedDocument, baseDocument } from './baseDocument';
import { blockEdgeDeletion } from './trackedRangeDeletion';
import { block, doc, HELENE, paragraph, suggestedParagraph, suggestionAttr, text } from './testing/suggestionDocuments';
import { sequentialIds, stateAt } from './testing/trackedEditing';

const turnThenParagraph = () =>
  doc(block('speakerTurn', { id: 't1', organisation: 'CCEM' }, paragraph(text('Dit.'))), paragraph(text('Ensuite')));

describe('blockEdgeDeletion', () => {
  it('Backspace at the start of a paragraph after a speaker turn proposes joining it to the turn’s last paragraph', () => {
    const document = turnThenParagraph();
    const start = document.child(0).nodeSize + 1;
    const tr = blockEdgeDeletion(stateAt(document, start), 'backward', HELENE, sequentialIds())!;
    expect(tr.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'join', ...HELENE });
    expect(tr.selection.head).toBe(6);
    expect(baseDocument(tr.doc).eq(document)).toBe(true);
    expect(acceptedDocument(tr.doc).textContent).toBe('Dit.Ensuite');
  });

  it('Delete at the end of the turn proposes the same join and puts the caret in the next paragraph', () => {
    const document = turnThenParagraph();
    const tr = blockEdgeDeletion(stateAt(document, 6), 'forward', HELENE, sequentialIds())!;
    expect(tr.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'join' });
    expect(tr.selection.head).toBe(document.child(0).nodeSize + 1);
  });

  it('really joins back the author’s own split', () => {
    const document = doc(paragraph(text('Un ')), suggestedParagraph(suggestionAttr('s1', 'split'), text('deux')));
    const tr = blockEdgeDeletion(stateAt(document, 6), 'backward', HELENE, sequentialIds())!;
    expect(tr.doc.eq(doc(paragraph(text('Un deux'))))).toBe(true);
    expect(tr.selection.head).toBe(4);
  });

  it('is null away from a block edge and at the very start of the document', () => {
    const document = turnThenParagraph();
    expect(blockEdgeDeletion(stateAt(document, 3), 'backward', HELENE, sequentialIds())).toBeNull();
    expect(blockEdgeDeletion(stateAt(document, 2), 'backward', HELENE, sequentialIds())).toBeNull();
    expect(blockEdgeDeletion(stateAt(document, document.content.size - 1), 'forward', HELENE, sequentialIds())).toBeNull();
  });
});
