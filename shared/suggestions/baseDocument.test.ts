import { describe, expect, it } from 'vitest';
import { acceptedDocument, baseDocument } from './baseDocument';
import {
  block,
  deletion,
  demoDocument,
  doc,
  insertion,
  MAGALI,
  paragraph,
  suggestedParagraph,
  suggestionAttr,
  text,
} from './testing/suggestionDocuments';

const turn = (attrs: Record<string, unknown>, ...content: Record<string, unknown>[]) =>
  block('speakerTurn', { id: 't1', organisation: 'Hors la Rue', person: '', role: '', ...attrs }, ...content);

describe('baseDocument and acceptedDocument', () => {
  it('leave a document without suggestions unchanged (the demo compte-rendu)', () => {
    const demo = demoDocument();
    expect(baseDocument(demo).eq(demo)).toBe(true);
    expect(acceptedDocument(demo).eq(demo)).toBe(true);
  });

  it('remove inserted words when rejecting, keep them unmarked when accepting', () => {
    const suggested = doc(paragraph(text('Le '), text('nouveau ', insertion('s1')), text('Plan')));
    expect(baseDocument(suggested).eq(doc(paragraph(text('Le Plan'))))).toBe(true);
    expect(acceptedDocument(suggested).eq(doc(paragraph(text('Le nouveau Plan'))))).toBe(true);
  });

  it('keep deleted words when rejecting, remove them when accepting', () => {
    const suggested = doc(paragraph(text('Le '), text('vieux ', deletion('s1')), text('Plan')));
    expect(baseDocument(suggested).eq(doc(paragraph(text('Le vieux Plan'))))).toBe(true);
    expect(acceptedDocument(suggested).eq(doc(paragraph(text('Le Plan'))))).toBe(true);
  });

  it('keep other marks (bold, comment anchors) on the words that stay', () => {
    const bold = { type: 'bold' };
    const comment = { type: 'comment', attrs: { threadId: 'th1' } };
    const suggested = doc(paragraph(text('AFJ', bold, comment, deletion('s1')), text(' et CCEM', comment)));
    expect(baseDocument(suggested).eq(doc(paragraph(text('AFJ', bold, comment), text(' et CCEM', comment))))).toBe(true);
  });

  it('remove inserted blocks when rejecting, clear their attribute when accepting', () => {
    const suggested = doc(
      paragraph(text('Avant')),
      block('speakerTurn', { id: 't2', organisation: 'CCEM', ...suggestionAttr('s1', 'insert') }, paragraph(text('Dit', insertion('s1')))),
      paragraph(text('Après')),
    );
    expect(baseDocument(suggested).eq(doc(paragraph(text('Avant')), paragraph(text('Après'))))).toBe(true);
    expect(
      acceptedDocument(suggested).eq(
        doc(paragraph(text('Avant')), block('speakerTurn', { id: 't2', organisation: 'CCEM' }, paragraph(text('Dit'))), paragraph(text('Après'))),
      ),
    ).toBe(true);
  });

  it('join a split block back into the previous one when rejecting', () => {
    const suggested = doc(paragraph(text('Une phrase ')), suggestedParagraph(suggestionAttr('s1', 'split'), text('coupée')));
    expect(baseDocument(suggested).eq(doc(paragraph(text('Une phrase coupée'))))).toBe(true);
    expect(acceptedDocument(suggested).eq(doc(paragraph(text('Une phrase ')), paragraph(text('coupée'))))).toBe(true);
  });

  it('join a split list item back, list item and paragraph both', () => {
    const list = (...items: Record<string, unknown>[]) => block('bulletList', {}, ...items);
    const item = (attrs: Record<string, unknown>, ...content: Record<string, unknown>[]) => block('listItem', attrs, ...content);
    const suggested = doc(list(item({}, paragraph(text('un '))), item({}, suggestedParagraph(suggestionAttr('s1', 'split'), text('deux')))));
    expect(baseDocument(suggested).eq(doc(list(item({}, paragraph(text('un deux'))))))).toBe(true);
  });

  it('join blocks proposed for joining when accepting, and only clear the proposal when rejecting', () => {
    const suggested = doc(paragraph(text('Première')), suggestedParagraph(suggestionAttr('s1', 'join'), text(' suite')));
    expect(baseDocument(suggested).eq(doc(paragraph(text('Première')), paragraph(text(' suite'))))).toBe(true);
    expect(acceptedDocument(suggested).eq(doc(paragraph(text('Première suite'))))).toBe(true);
  });

  it('restore previous attributes when rejecting an attribute change', () => {
    const suggested = doc(turn({ organisation: 'Amicale du Nid', ...suggestionAttr('s1', 'attrs', MAGALI, { organisation: 'Hors la Rue' }) }, paragraph(text('Dit'))));
    expect(baseDocument(suggested).eq(doc(turn({}, paragraph(text('Dit')))))).toBe(true);
    expect(acceptedDocument(suggested).eq(doc(turn({ organisation: 'Amicale du Nid' }, paragraph(text('Dit')))))).toBe(true);
  });

  it('resolve a deletion across two paragraphs with its join', () => {
    const suggested = doc(
      paragraph(text('Garder '), text('ôter', deletion('s1'))),
      suggestedParagraph(suggestionAttr('s1', 'join'), text('aussi ', deletion('s1')), text('fin')),
    );
    expect(baseDocument(suggested).eq(doc(paragraph(text('Garder ôter')), paragraph(text('aussi fin'))))).toBe(true);
    expect(acceptedDocument(suggested).eq(doc(paragraph(text('Garder fin'))))).toBe(true);
  });

  it('reject a split that follows a rejected inserted paragraph into the text before both', () => {
    const suggested = doc(
      paragraph(text('Début')),
      suggestedParagraph(suggestionAttr('s1', 'insert'), text('ajout', insertion('s1'))),
      suggestedParagraph(suggestionAttr('s2', 'split', MAGALI), text(' et fin')),
    );
    expect(baseDocument(suggested).eq(doc(paragraph(text('Début et fin'))))).toBe(true);
    expect(
      acceptedDocument(suggested).eq(doc(paragraph(text('Début')), paragraph(text('ajout')), paragraph(text(' et fin')))),
    ).toBe(true);
  });
});
