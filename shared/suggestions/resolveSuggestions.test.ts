import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { collectSuggestions } from './collectSuggestions';
import { resolveSuggestions } from './resolveSuggestions';
import {
  block,
  deletion,
  doc,
  insertion,
  MAGALI,
  paragraph,
  suggestedParagraph,
  suggestionAttr,
  text,
} from './testing/suggestionDocuments';

/** Hélène (Amicale du Nid) and Magali (AFJ) both suggested, their changes interleaved. */
const interleaved = () =>
  doc(
    paragraph(
      text('Le '),
      text('vieux ', deletion('h1')),
      text('nouveau ', insertion('m1', MAGALI)),
      text('Plan '),
      text('national', deletion('m2', MAGALI)),
      text(' 2014', insertion('h2')),
    ),
    suggestedParagraph(suggestionAttr('h3', 'split'), text('suite '), text('AFJ', insertion('m1', MAGALI))),
    block(
      'speakerTurn',
      { id: 't1', organisation: 'AFJ', ...suggestionAttr('m3', 'attrs', MAGALI, { organisation: 'CCEM' }) },
      paragraph(text('Dit.')),
    ),
  );

const decide = (decision: 'accept' | 'reject', which: Parameters<typeof resolveSuggestions>[2]) => {
  const state = EditorState.create({ doc: interleaved() });
  return state.apply(resolveSuggestions(state, decision, which)).doc;
};

describe('resolveSuggestions', () => {
  it('accepts one suggestion and leaves the others pending where they were', () => {
    const after = decide('accept', (s) => s.id === 'm2');
    expect(after.child(0).textContent).toBe('Le vieux nouveau Plan  2014');
    expect(collectSuggestions(after).map((s) => s.id)).toEqual(['h1', 'm1', 'h2', 'h3', 'm3']);
  });

  it('accepts all of one association’s suggestions, across paragraphs and blocks', () => {
    const after = decide('accept', (s) => s.association === MAGALI.association);
    expect(after.child(0).textContent).toBe('Le vieux nouveau Plan  2014');
    expect(after.child(1).textContent).toBe('suite AFJ');
    expect(after.child(2).attrs).toMatchObject({ organisation: 'AFJ', suggestion: null });
    expect(collectSuggestions(after).map((s) => s.id)).toEqual(['h1', 'h2', 'h3']);
  });

  it('rejects all of one association’s suggestions and keeps the other association’s', () => {
    const after = decide('reject', (s) => s.association === MAGALI.association);
    expect(after.child(0).textContent).toBe('Le vieux Plan national 2014');
    expect(after.child(1).textContent).toBe('suite ');
    expect(after.child(2).attrs).toMatchObject({ organisation: 'CCEM', suggestion: null });
    expect(collectSuggestions(after).map((s) => s.id)).toEqual(['h1', 'h2', 'h3']);
  });

  it('rejecting a split joins the paragraph back, with the other author’s words still pending in it', () => {
    const after = decide('reject', (s) => s.id === 'h3');
    expect(after.childCount).toBe(2);
    expect(after.child(0).textContent).toBe('Le vieux nouveau Plan national 2014suite AFJ');
    expect(collectSuggestions(after).find((s) => s.id === 'm1')?.text).toBe('nouveau \nAFJ');
  });

  it('keeps a split pending rather than join its words into another pending insertion', () => {
    const document = doc(
      paragraph(text('Début')),
      suggestedParagraph(suggestionAttr('m9', 'insert', MAGALI), text('ajout', insertion('m9', MAGALI))),
      suggestedParagraph(suggestionAttr('h9', 'split'), text('mots du compte-rendu')),
    );
    const state = EditorState.create({ doc: document });
    const afterSplit = state.apply(resolveSuggestions(state, 'reject', (s) => s.id === 'h9'));
    expect(afterSplit.doc.eq(document)).toBe(true);
    const afterInsert = afterSplit.apply(resolveSuggestions(afterSplit, 'reject', (s) => s.id === 'm9'));
    const afterBoth = afterInsert.apply(resolveSuggestions(afterInsert, 'reject', (s) => s.id === 'h9'));
    expect(afterBoth.doc.eq(doc(paragraph(text('Débutmots du compte-rendu'))))).toBe(true);
  });

  it('changes nothing when no suggestion matches', () => {
    expect(decide('accept', () => false).eq(interleaved())).toBe(true);
  });
});
