import { joinBackward, joinForward, splitBlock } from '@tiptap/pm/commands';
import { Slice } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { acceptedDocument, baseDocument } from './baseDocument';
import { collectSuggestions } from './collectSuggestions';
import { trackTransaction } from './trackTransaction';
import {
  block,
  deletion,
  doc,
  HELENE,
  insertion,
  MAGALI,
  paragraph,
  suggestedParagraph,
  suggestionAttr,
  text,
} from './testing/suggestionDocuments';
import { positionOf, sequentialIds, stateAt, SuggestingSession } from './testing/trackedEditing';

const twoParagraphs = () => doc(paragraph(text('Le Collectif se réunit.')), paragraph(text('La séance est levée.')));
const session = (at: number, head = at, document = twoParagraphs()) => new SuggestingSession(stateAt(document, at, head));
const startOfSecond = 'Le Collectif se réunit.'.length + 3;

describe('trackTransaction: typing', () => {
  it('marks typed text as an insertion by its author and leaves the caret after it', () => {
    const s = session(4).type('grand ');
    expect(s.doc.eq(doc(paragraph(text('Le '), text('grand ', insertion('s1')), text('Collectif se réunit.')), paragraph(text('La séance est levée.'))))).toBe(true);
    expect(s.caret).toBe(10);
    expect(collectSuggestions(s.doc)).toMatchObject([{ id: 's1', kind: 'insertion', text: 'grand ', ...HELENE }]);
  });

  it('extends the same suggestion while the author keeps typing, also when typing inside it', () => {
    const s = session(4).type('g').type('r').type('and ');
    s.select(5).type('XX');
    expect(collectSuggestions(s.doc)).toMatchObject([{ id: 's1', kind: 'insertion', text: 'gXXrand ' }]);
  });

  it('starts a new suggestion for another author typing next to it', () => {
    const s = session(4).type('grand ');
    const other = new SuggestingSession(s.state, MAGALI, sequentialIds('m'));
    other.type('très ');
    expect(collectSuggestions(other.doc).map((x) => [x.id, x.text, x.userId])).toEqual([
      ['s1', 'grand ', HELENE.userId],
      ['m1', 'très ', MAGALI.userId],
    ]);
  });

  it('typing over a selection marks the old words deleted and inserts the new ones after them', () => {
    const at = positionOf(twoParagraphs(), 'réunit');
    const s = session(at, at + 'réunit'.length).type('retrouve');
    const expected = doc(
      paragraph(text('Le Collectif se '), text('réunit', deletion('s1')), text('retrouve', insertion('s2')), text('.')),
      paragraph(text('La séance est levée.')),
    );
    expect(s.doc.eq(expected)).toBe(true);
    expect(s.caret).toBe(at + 'réunitretrouve'.length);
    expect(acceptedDocument(s.doc).firstChild!.textContent).toBe('Le Collectif se retrouve.');
    expect(baseDocument(s.doc).eq(twoParagraphs())).toBe(true);
  });

  it('pasting several paragraphs inserts them as new blocks and splits the paragraph it lands in', () => {
    const schema = twoParagraphs().type.schema;
    const pasted = new Slice(
      schema.nodeFromJSON({ type: 'doc', content: [paragraph(text('un')), paragraph(text('deux')), paragraph(text('trois'))] }).content,
      1,
      1,
    );
    const at = positionOf(twoParagraphs(), 'se réunit');
    const s = session(at);
    s.apply(s.state.tr.replaceSelection(pasted));
    expect(baseDocument(s.doc).eq(twoParagraphs())).toBe(true);
    const accepted = acceptedDocument(s.doc);
    expect(accepted.childCount).toBe(4);
    expect(accepted.child(0).textContent).toBe('Le Collectif un');
    expect(accepted.child(1).textContent).toBe('deux');
    expect(accepted.child(2).textContent).toBe('troisse réunit.');
    const kinds = s.doc.content.content.map((node) => node.attrs.suggestion?.kind ?? null);
    expect(kinds).toEqual([null, 'insert', 'split', null]);
    expect(collectSuggestions(s.doc)).toHaveLength(1);
  });

  it('inserting an empty speaker turn proposes the whole block', () => {
    const schema = twoParagraphs().type.schema;
    const turn = schema.nodeFromJSON(block('speakerTurn', { id: 't9', organisation: 'CCEM' }, paragraph()));
    const s = session(startOfSecond - 1);
    s.apply(s.state.tr.insert(startOfSecond - 1, turn));
    expect(s.doc.child(1).type.name).toBe('speakerTurn');
    expect(s.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'insert', ...HELENE });
    expect(baseDocument(s.doc).eq(twoParagraphs())).toBe(true);
    expect(collectSuggestions(s.doc)[0]).toMatchObject({ kind: 'insert', text: 'Nouveau tour de parole' });
  });
});

describe('trackTransaction: deleting', () => {
  it('Backspace marks the character deleted, leaves the caret before it, and one suggestion grows', () => {
    const s = session(positionOf(twoParagraphs(), ' se') ).backspace().backspace().backspace();
    expect(collectSuggestions(s.doc)).toMatchObject([{ id: 's1', kind: 'deletion', text: 'tif' }]);
    expect(s.caret).toBe(positionOf(twoParagraphs(), 'tif'));
    expect(baseDocument(s.doc).eq(twoParagraphs())).toBe(true);
  });

  it('Delete marks the character deleted and moves the caret after it', () => {
    const at = positionOf(twoParagraphs(), 'Collectif');
    const s = session(at).forwardDelete().forwardDelete();
    expect(collectSuggestions(s.doc)).toMatchObject([{ id: 's1', kind: 'deletion', text: 'Co' }]);
    expect(s.caret).toBe(at + 2);
  });

  it('deleting already deleted text changes nothing but the caret', () => {
    const at = positionOf(twoParagraphs(), ' se');
    const s = session(at).backspace();
    const before = s.doc;
    s.select(at).backspace();
    expect(s.doc.eq(before)).toBe(true);
    expect(s.caret).toBe(at - 1);
  });

  it('deleting your own pending insertion really deletes it', () => {
    const s = session(4).type('grand ').backspace().backspace();
    expect(collectSuggestions(s.doc)).toMatchObject([{ id: 's1', kind: 'insertion', text: 'gran' }]);
    s.select(4, 8).backspace();
    expect(s.doc.eq(twoParagraphs())).toBe(true);
  });

  it("does not delete another author's pending insertion", () => {
    const s = session(4).type('grand ');
    const other = new SuggestingSession(s.state, MAGALI, sequentialIds('m'));
    other.select(4, 10).backspace();
    expect(other.doc.eq(s.doc)).toBe(true);
  });

  it('Backspace at the start of a paragraph proposes a join and moves the caret to the end of the previous one', () => {
    const s = session(startOfSecond);
    s.run(joinBackward);
    expect(s.doc.childCount).toBe(2);
    expect(s.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'join', ...HELENE });
    expect(s.caret).toBe(startOfSecond - 2);
    expect(acceptedDocument(s.doc).textContent).toBe('Le Collectif se réunit.La séance est levée.');
  });

  it('Delete at the end of a paragraph proposes the same join and moves the caret into the next one', () => {
    const s = session(startOfSecond - 2);
    s.run(joinForward);
    expect(s.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'join' });
    expect(s.caret).toBe(startOfSecond);
  });

  it('deleting across two paragraphs marks the words and joins the boundary, as one suggestion', () => {
    const from = positionOf(twoParagraphs(), 'réunit');
    const to = positionOf(twoParagraphs(), 'est');
    const s = session(from, to).backspace();
    expect(collectSuggestions(s.doc)).toMatchObject([{ id: 's1', kind: 'deletion', text: 'réunit.\nLa séance ' }]);
    expect(s.doc.child(1).attrs.suggestion).toMatchObject({ id: 's1', kind: 'join' });
    expect(acceptedDocument(s.doc).eq(doc(paragraph(text('Le Collectif se est levée.'))))).toBe(true);
    expect(s.caret).toBe(from);
  });
});

describe('trackTransaction: splitting', () => {
  it('Enter really splits and proposes the split; the caret goes into the new paragraph', () => {
    const at = positionOf(twoParagraphs(), ' se');
    const s = session(at);
    s.run(splitBlock);
    expect(s.doc.childCount).toBe(3);
    expect(s.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'split', ...HELENE });
    expect(s.caret).toBe(at + 2);
    expect(baseDocument(s.doc).eq(twoParagraphs())).toBe(true);
  });

  it('Backspace at the start of your own split paragraph really joins it back', () => {
    const at = positionOf(twoParagraphs(), ' se');
    const s = session(at);
    s.run(splitBlock);
    s.run(joinBackward);
    expect(s.doc.eq(twoParagraphs())).toBe(true);
    expect(s.caret).toBe(at);
  });

  it("Backspace at the start of someone else's split leaves it alone", () => {
    const document = doc(paragraph(text('Un ')), suggestedParagraph(suggestionAttr('m1', 'split', MAGALI), text('deux')));
    const s = session(6, 6, document);
    s.run(joinBackward);
    expect(s.doc.eq(document)).toBe(true);
  });

  it("splitting another author's inserted list item does not copy their proposal onto the new item", () => {
    const item = block('listItem', suggestionAttr('m1', 'insert', MAGALI), paragraph(text('ajout', insertion('m1', MAGALI))));
    const document = doc(block('bulletList', {}, block('listItem', {}, paragraph(text('un'))), item));
    const inside = positionOf(document, 'out');
    const s = session(inside, inside, document);
    s.apply(s.state.tr.split(inside, 2));
    const [first, second] = [s.doc.child(0).child(1), s.doc.child(0).child(2)];
    expect(first.attrs.suggestion).toMatchObject({ id: 'm1', kind: 'insert' });
    expect(second.attrs.suggestion).toBeNull();
    expect(second.firstChild!.attrs.suggestion).toMatchObject({ kind: 'split', ...HELENE });
    expect(baseDocument(s.doc).eq(baseDocument(document))).toBe(true);
  });

  it('Enter inside your own inserted paragraph makes another inserted paragraph', () => {
    const s = session(startOfSecond - 2);
    s.run(splitBlock);
    s.type('Nouveau texte');
    s.select(s.caret - 'texte'.length);
    s.run(splitBlock);
    expect(s.doc.childCount).toBe(4);
    expect(baseDocument(s.doc).eq(twoParagraphs())).toBe(true);
    expect(acceptedDocument(s.doc).textContent).toBe('Le Collectif se réunit.Nouveau texteLa séance est levée.');
  });
});

describe('trackTransaction: block attributes and formatting', () => {
  const turnDoc = () =>
    doc(block('speakerTurn', { id: 't1', organisation: 'Hors la Rue', person: 'Martina Andreeva' }, paragraph(text('Dit.'))));

  it('records a changed organisation with its previous value, keeping the earliest one', () => {
    const s = session(2, 2, turnDoc());
    s.apply(s.state.tr.setNodeMarkup(0, undefined, { ...s.doc.child(0).attrs, organisation: 'AFJ' }));
    s.apply(s.state.tr.setNodeAttribute(0, 'organisation', 'CCEM'));
    expect(s.doc.child(0).attrs.organisation).toBe('CCEM');
    expect(s.doc.child(0).attrs.suggestion).toMatchObject({ kind: 'attrs', previous: { organisation: 'Hors la Rue' } });
    expect(collectSuggestions(s.doc)[0]!.text).toBe('Attributs modifiés : organisation');
    expect(baseDocument(s.doc).eq(turnDoc())).toBe(true);
  });

  it('drops the proposal when the attribute is set back to its previous value', () => {
    const s = session(2, 2, turnDoc());
    s.apply(s.state.tr.setNodeAttribute(0, 'organisation', 'AFJ'));
    s.apply(s.state.tr.setNodeAttribute(0, 'organisation', 'Hors la Rue'));
    expect(s.doc.eq(turnDoc())).toBe(true);
  });

  it('lets comment anchors through unchanged', () => {
    const s = session(4);
    const comment = s.doc.type.schema.marks.comment!.create({ threadId: 'th1' });
    s.apply(s.state.tr.addMark(4, 12, comment));
    expect(s.doc.rangeHasMark(4, 12, comment)).toBe(true);
  });
});

describe('trackTransaction: what it leaves alone', () => {
  it('returns undefined for selection-only transactions', () => {
    const state = stateAt(twoParagraphs(), 3);
    const tr = state.tr.setSelection(TextSelection.create(state.doc, 5));
    expect(trackTransaction(state, tr, HELENE, sequentialIds())).toBeUndefined();
  });

  it('refuses, as a transaction without steps, what it cannot record (a code block has no marks)', () => {
    const document = doc({ type: 'codeBlock', content: [text('const a = 1;')] });
    const state = stateAt(document, 3);
    const tracked = trackTransaction(state, state.tr.insertText('x'), HELENE, sequentialIds());
    expect(tracked?.steps).toHaveLength(0);
  });
});
