import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import { suggestionHighlightsKey, suggestionHighlightsPlugin } from './suggestionHighlights';

const schema = minutesSchema();
const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le Collectif se réunit.' }] }] };
const insertion = schema.marks.insertion!.create({
  id: 's1',
  userId: 'u1',
  author: 'Hélène De Rugy',
  association: 'Amicale du Nid',
});

const initial = () => EditorState.create({ doc: schema.nodeFromJSON(content), plugins: [suggestionHighlightsPlugin()] });
const highlights = (state: EditorState) => suggestionHighlightsKey.getState(state)?.find() ?? [];

describe('suggestionHighlightsPlugin', () => {
  it('follows the document: a suggestion arriving is painted, one accepted is no longer', () => {
    let state = initial();
    expect(highlights(state)).toHaveLength(0);

    state = state.apply(state.tr.insert(4, schema.text('grand ', [insertion])));
    expect(highlights(state)).toMatchObject([{ from: 4, to: 10 }]);

    state = state.apply(state.tr.removeMark(4, 10, schema.marks.insertion!));
    expect(highlights(state)).toHaveLength(0);
  });

  it('keeps the same decorations when only the selection moves', () => {
    let state = initial();
    state = state.apply(state.tr.insert(4, schema.text('grand ', [insertion])));
    const before = suggestionHighlightsKey.getState(state);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    expect(suggestionHighlightsKey.getState(state)).toBe(before);
  });
});
