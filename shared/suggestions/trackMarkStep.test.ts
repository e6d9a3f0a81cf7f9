import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { acceptedDocument, baseDocument } from './baseDocument';
import { collectSuggestions } from './collectSuggestions';
import { resolveSuggestions } from './resolveSuggestions';
import { sameBaseDocument } from './sameBaseDocument';
import { deletion, doc, HELENE, MAGALI, paragraph, text } from './testing/suggestionDocuments';
import { positionOf, sequentialIds, stateAt, SuggestingSession } from './testing/trackedEditing';

const BOLD = { type: 'bold' };
const original = () => doc(paragraph(text('Le Collectif se '), text('réunit', BOLD), text(' au Secours catholique.')));
const session = (document = original()) => new SuggestingSession(stateAt(document, 1));

/** Where `needle` is: [from, to). */
const rangeOf = (document: PMNode, needle: string): [number, number] => {
  const from = positionOf(document, needle);
  return [from, from + needle.length];
};

const mark = (document: PMNode, type: string, attrs?: Record<string, unknown>): Mark =>
  document.type.schema.marks[type]!.create(attrs);

/** The words of the document that carry a mark of type `type`, run by run. */
const wordsWith = (document: PMNode, type: string): string[] => {
  const words: string[] = [];
  document.descendants((node) => {
    if (node.isText && node.marks.some((m) => m.type.name === type)) words.push(node.text!);
  });
  return words;
};

/** Bold on or off over `needle`, or over a range of positions. */
const bold = (s: SuggestingSession, needle: string | [number, number], adding = true) => {
  const [from, to] = typeof needle === 'string' ? rangeOf(s.doc, needle) : needle;
  const step = adding ? s.state.tr.addMark(from, to, mark(s.doc, 'bold')) : s.state.tr.removeMark(from, to, mark(s.doc, 'bold'));
  s.apply(step);
};

describe('trackMarkChange: formatting text already in the minutes', () => {
  it('shows the bold at once and records it as a format proposal of its author', () => {
    const s = session();
    bold(s, 'Collectif');
    expect(wordsWith(s.doc, 'bold')).toEqual(['Collectif', 'réunit']);
    expect(collectSuggestions(s.doc)).toMatchObject([
      { id: 's1', kind: 'format', text: 'gras ajouté : «\u00a0Collectif\u00a0»', ...HELENE },
    ]);
    expect(baseDocument(s.doc).eq(original())).toBe(true);
    expect(wordsWith(acceptedDocument(s.doc), 'bold')).toEqual(['Collectif', 'réunit']);
    expect(wordsWith(acceptedDocument(s.doc), 'formatChange')).toEqual([]);
  });

  it('records removed formatting, which rejecting gives back', () => {
    const s = session();
    bold(s, 'réunit', false);
    expect(wordsWith(s.doc, 'bold')).toEqual([]);
    expect(collectSuggestions(s.doc)[0]).toMatchObject({ kind: 'format', text: 'gras retiré : «\u00a0réunit\u00a0»' });
    expect(baseDocument(s.doc).eq(original())).toBe(true);
  });

  it('drops the proposal when the text is formatted back as it was', () => {
    const s = session();
    bold(s, 'Collectif');
    bold(s, 'Collectif', false);
    expect(s.doc.eq(original())).toBe(true);
  });

  it('keeps one proposal with everything it changes when the author formats the same words again', () => {
    const s = session();
    bold(s, 'Collectif');
    const [from, to] = rangeOf(s.doc, 'Collectif');
    s.apply(s.state.tr.addMark(from, to, mark(s.doc, 'italic')));
    expect(collectSuggestions(s.doc)).toMatchObject([{ id: 's1', text: 'gras et italique ajoutés : «\u00a0Collectif\u00a0»' }]);
    expect(baseDocument(s.doc).eq(original())).toBe(true);
  });

  it('extends the proposal when the author formats the words beside it', () => {
    const s = session();
    bold(s, 'Collectif');
    bold(s, ' se ');
    expect(collectSuggestions(s.doc).map(({ id, text: words }) => [id, words])).toEqual([['s1', 'gras ajouté : «\u00a0Collectif se\u00a0»']]);
  });

  it('formats the author’s own pending words directly, without a proposal on them', () => {
    const s = session().type('Aujourd’hui, ');
    bold(s, [1, positionOf(s.doc, 'Collectif') - 1]);
    expect(wordsWith(s.doc, 'bold')).toEqual(['Aujourd’hui, ', 'Le', 'réunit']);
    expect(collectSuggestions(s.doc).map(({ kind, text: words }) => [kind, words])).toEqual([
      ['insertion', 'Aujourd’hui, '],
      ['format', 'gras ajouté : «\u00a0Le\u00a0»'],
    ]);
  });

  it('leaves words proposed for deletion and someone else’s format proposal as they are', () => {
    const start = doc(paragraph(text('Le '), text('Collectif', deletion('d1', MAGALI)), text(' se réunit.')));
    const magali = new SuggestingSession(stateAt(start, 1), MAGALI, sequentialIds('m'));
    bold(magali, 'réunit');
    const helene = new SuggestingSession(magali.state, HELENE, sequentialIds('h'));
    bold(helene, [1, positionOf(helene.doc, '.')]);
    expect(collectSuggestions(helene.doc).map(({ id, userId, text: words }) => [id, userId, words])).toEqual([
      ['h1', HELENE.userId, 'gras ajouté : «\u00a0Le … se\u00a0»'],
      ['d1', MAGALI.userId, 'Collectif'],
      ['m1', MAGALI.userId, 'gras ajouté : «\u00a0réunit\u00a0»'],
    ]);
    expect(sameBaseDocument(start, helene.doc)).toBe(true);
  });

  it('records a link replaced by another, and rejecting brings the first one back', () => {
    const linked = doc(paragraph(text('Voir le '), text('plan', { type: 'link', attrs: { href: 'https://a.test/plan' } }), text('.')));
    const s = session(linked);
    const [from, to] = rangeOf(s.doc, 'plan');
    s.apply(s.state.tr.addMark(from, to, mark(s.doc, 'link', { href: 'https://b.test/plan' })));
    expect(collectSuggestions(s.doc)[0]!.text).toBe('lien ajouté, lien retiré : «\u00a0plan\u00a0»');
    expect(baseDocument(s.doc).eq(linked)).toBe(true);
    const accepted = acceptedDocument(s.doc);
    expect(accepted.firstChild!.child(1).marks.map((m) => m.attrs.href)).toEqual(['https://b.test/plan']);
  });
});

describe('format proposals: decisions', () => {
  const twoProposals = () => {
    const magali = new SuggestingSession(stateAt(original(), 1), MAGALI, sequentialIds('m'));
    bold(magali, 'Collectif');
    const helene = new SuggestingSession(magali.state, HELENE, sequentialIds('h'));
    bold(helene, 'réunit', false);
    return EditorState.create({ doc: helene.doc });
  };

  it('accepting one keeps its formatting and leaves the other pending', () => {
    const state = twoProposals();
    const after = state.apply(resolveSuggestions(state, 'accept', (s) => s.id === 'm1')).doc;
    expect(wordsWith(after, 'bold')).toEqual(['Collectif']);
    expect(collectSuggestions(after).map((s) => s.id)).toEqual(['h1']);
  });

  it('rejecting all of one association’s restores their words as they were', () => {
    const state = twoProposals();
    const after = state.apply(resolveSuggestions(state, 'reject', (s) => s.association === HELENE.association)).doc;
    expect(wordsWith(after, 'bold')).toEqual(['Collectif', 'réunit']);
    expect(collectSuggestions(after).map((s) => s.id)).toEqual(['m1']);
  });

  it('rejecting a proposal never brings back marks that are not formatting, whatever its list says', () => {
    const forged = doc(
      paragraph(
        text('Texte', { type: 'formatChange', attrs: { id: 'x1', ...MAGALI, added: [], removed: [{ type: 'insertion', attrs: { id: 'i9', ...MAGALI } }, { type: 'inconnu' }] } }),
      ),
    );
    const state = EditorState.create({ doc: forged });
    const rejected = state.apply(resolveSuggestions(state, 'reject', () => true)).doc;
    expect(rejected.eq(doc(paragraph(text('Texte'))))).toBe(true);
  });
});
