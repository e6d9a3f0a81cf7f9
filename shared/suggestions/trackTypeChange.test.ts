import { setBlockType } from '@tiptap/pm/commands';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { acceptedDocument, baseDocument } from './baseDocument';
import { collectSuggestions } from './collectSuggestions';
import { resolveSuggestions } from './resolveSuggestions';
import { block, doc, HELENE, MAGALI, paragraph, suggestedParagraph, suggestionAttr, text } from './testing/suggestionDocuments';
import { sequentialIds, stateAt, SuggestingSession } from './testing/trackedEditing';

const original = () => doc(paragraph(text('Mesures du Plan')), paragraph(text('La mesure 22 est adoptée.')));
const schema = original().type.schema;
const toHeading = (level: number) => setBlockType(schema.nodes.heading!, { level });
const toParagraph = setBlockType(schema.nodes.paragraph!);

describe('trackTypeChange: a paragraph made a heading in suggestion mode', () => {
  it('shows the heading at once, keeps the words, and records the type it had', () => {
    const s = new SuggestingSession(stateAt(original(), 3));
    s.run(toHeading(3));
    const first = s.doc.child(0);
    expect(first.type.name).toBe('heading');
    expect(first.textContent).toBe('Mesures du Plan');
    expect(first.attrs.suggestion).toMatchObject({ id: 's1', kind: 'attrs', previousType: 'paragraph', ...HELENE });
    expect(collectSuggestions(s.doc)).toMatchObject([{ kind: 'attrs', text: 'Type de bloc : paragraphe → titre de niveau 3' }]);
    expect(baseDocument(s.doc).eq(original())).toBe(true);
    const accepted = acceptedDocument(s.doc).child(0);
    expect([accepted.type.name, accepted.attrs.level, accepted.attrs.suggestion]).toEqual(['heading', 3, null]);
    // The caret stays where it was, in the same words.
    expect(s.caret).toBe(3);
  });

  it('keeps the earliest type when changed again, and drops the proposal when changed back', () => {
    const s = new SuggestingSession(stateAt(original(), 3));
    s.run(toHeading(3));
    s.run(toHeading(2));
    expect(s.doc.child(0).attrs.suggestion).toMatchObject({ id: 's1', previousType: 'paragraph', previous: {} });
    expect(baseDocument(s.doc).eq(original())).toBe(true);
    s.run(toParagraph);
    expect(s.doc.eq(original())).toBe(true);
  });

  it('rejecting gives a heading back its level', () => {
    const start = doc(block('heading', { level: 2 }, text('II. Le Plan')), paragraph(text('Texte.')));
    const s = new SuggestingSession(stateAt(start, 3), MAGALI, sequentialIds('m'));
    s.run(toParagraph);
    expect(s.doc.child(0).type.name).toBe('paragraph');
    expect(collectSuggestions(s.doc)[0]!.text).toBe('Type de bloc : titre de niveau 2 → paragraphe');
    const state = EditorState.create({ doc: s.doc });
    const rejected = state.apply(resolveSuggestions(state, 'reject', () => true)).doc;
    expect(rejected.eq(start)).toBe(true);
  });

  it('a proposed new paragraph changes type and stays one proposal', () => {
    const start = doc(paragraph(text('Avant.')), suggestedParagraph(suggestionAttr('s9', 'split'), text('Proposé.')));
    const s = new SuggestingSession(stateAt(start, 12));
    s.run(toHeading(3));
    expect(s.doc.child(1).type.name).toBe('heading');
    expect(s.doc.child(1).attrs.suggestion).toMatchObject({ id: 's9', kind: 'split' });
    expect(baseDocument(s.doc).eq(baseDocument(start))).toBe(true);
  });

  it('a proposal whose former type cannot hold the words is rejected without restoring it, and nothing throws', () => {
    const forged = (previousType: string, previous: Record<string, unknown>) =>
      doc(block('heading', { level: 3, suggestion: { id: 'x1', kind: 'attrs', ...MAGALI, previous, previousType } }, text('Mesures')));
    for (const [previousType, previous] of [['bulletList', {}], ['horizontalRule', {}], ['nothing', {}], ['paragraph', { level: 3, inconnu: 1 }]] as const) {
      const start = forged(previousType, previous);
      const base = baseDocument(start).child(0);
      expect(base.attrs.suggestion).toBeNull();
      expect(base.textContent).toBe('Mesures');
      expect(base.type.name).toBe(previousType === 'paragraph' ? 'paragraph' : 'heading');
    }
  });
});
