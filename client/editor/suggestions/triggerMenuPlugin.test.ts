import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { minutesSchema } from '../../../shared/schema/proseMirrorSchema';
import { dismissTrigger, triggerMenuKey, triggerMenuPlugin } from './triggerMenuPlugin';

const schema = minutesSchema();

function stateWith(text: string): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, text ? [schema.text(text)] : [])]);
  const state = EditorState.create({ doc, plugins: [triggerMenuPlugin({ current: null })] });
  return state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
}

const typed = (state: EditorState, text: string) => state.apply(state.tr.insertText(text));
const active = (state: EditorState) => triggerMenuKey.getState(state)?.active ?? null;

describe('trigger menu plugin', () => {
  it('opens on a typed trigger with the range that picking replaces', () => {
    let state = typed(stateWith('Note '), '/');
    state = typed(state, 'tour');
    expect(active(state)).toEqual({ kind: 'command', trigger: '/', query: 'tour', from: 6, to: 11 });
    expect(state.doc.textBetween(6, 11)).toBe('/tour');
  });

  it('does not open when the caret only moves next to existing text', () => {
    const state = stateWith('la mesure 22');
    expect(active(state)).toBeNull();
    expect(active(typed(state, '2'))).toMatchObject({ kind: 'measure', query: '222' });
  });

  it('does not open on a colleague’s edit', () => {
    const state = stateWith('Note ');
    const remote = state.apply(state.tr.insertText('@').setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    expect(active(remote)).toBeNull();
  });

  it('stays open while the caret moves within the trigger, and closes once it leaves', () => {
    const state = typed(stateWith('Voir '), '@Hors');
    const inside = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 8)));
    expect(active(inside)).toMatchObject({ query: 'H' });
    const away = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    expect(active(away)).toBeNull();
  });

  it('stays dismissed after Escape until the trigger is typed again', () => {
    let state = typed(stateWith(''), '/ann');
    state = state.apply(dismissTrigger(state));
    expect(active(state)).toBeNull();
    state = typed(state, 'e');
    expect(active(state)).toBeNull();
    state = typed(state, ' /');
    expect(active(state)).toMatchObject({ query: '', from: 7 });
  });
});
