import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import { commentHighlightKey, commentHighlightPlugin, setCommentHighlight } from './commentHighlight';
import { rememberRange } from './pendingRange';

const schema = minutesSchema();
const comment = (threadId: string) => schema.marks.comment!.create({ threadId });

function initialState(): EditorState {
  const doc = schema.node('doc', null, [
    schema.node('paragraph', null, [
      schema.text('Un '),
      schema.text('état', [comment('open')]),
      schema.text(' des lieux', [comment('done')]),
      schema.text(' est nécessaire.'),
    ]),
  ]);
  return EditorState.create({ doc, plugins: [commentHighlightPlugin()] });
}

function classesOf(state: EditorState): Array<[string, string]> {
  const decorations = commentHighlightKey.getState(state)!.decorations.find();
  return decorations.map((decoration) => [
    state.doc.textBetween(decoration.from, decoration.to),
    (decoration as unknown as { type: { attrs: { class: string } } }).type.attrs.class,
  ]);
}

describe('comment highlight', () => {
  it('highlights nothing until told which threads are open', () => {
    expect(classesOf(initialState())).toEqual([]);
  });

  it('highlights open threads’ words, not resolved ones’, and the active thread’s stronger', () => {
    let state = initialState();
    state = state.apply(setCommentHighlight(state, { active: null, open: new Set(['open']), pending: null }));
    expect(classesOf(state)).toEqual([['état', 'comment-anchor--open']]);
    state = state.apply(setCommentHighlight(state, { active: 'done', open: new Set(['open']), pending: null }));
    expect(classesOf(state)).toEqual([
      ['état', 'comment-anchor--open'],
      [' des lieux', 'comment-anchor--active'],
    ]);
  });

  it('follows the words when text is typed before them', () => {
    let state = initialState();
    state = state.apply(setCommentHighlight(state, { active: 'open', open: new Set(['open']), pending: null }));
    state = state.apply(state.tr.insertText('Selon nous, ', 1));
    expect(classesOf(state)).toEqual([['état', 'comment-anchor--active']]);
  });

  it('changes nothing in the document', () => {
    const state = initialState();
    const tr = setCommentHighlight(state, { active: 'open', open: new Set(['open']), pending: null });
    expect(tr.docChanged).toBe(false);
  });

  it('shows the words being commented, and follows them while the text changes', () => {
    let state = initialState();
    const pending = rememberRange(state, 13, 18, 1000);
    expect(pending.quote).toBe('lieux');
    state = state.apply(setCommentHighlight(state, { active: null, open: new Set(), pending }));
    expect(classesOf(state)).toEqual([['lieux', 'comment-pending']]);
    state = state.apply(state.tr.insertText('Selon nous, ', 1));
    expect(classesOf(state)).toEqual([['lieux', 'comment-pending']]);
    state = state.apply(setCommentHighlight(state, { active: null, open: new Set(), pending: null }));
    expect(classesOf(state)).toEqual([]);
  });
});
