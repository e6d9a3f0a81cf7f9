import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import { collectSuggestions } from '../../shared/suggestions/collectSuggestions';
import { suggestingTransaction, type SuggestModeStorage } from '../editor/suggestMode';
import { anchorTransaction } from './anchorThread';
import { rememberRange } from './pendingRange';
import { threadAnchors } from './threadAnchors';

const schema = minutesSchema();
const suggesting: SuggestModeStorage = {
  enabled: true,
  author: { userId: 'u-helene', author: 'Hélène De Rugy', association: 'Amicale du Nid' },
  forced: true,
};

function stateWith(text: string): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text(text)])]);
  return EditorState.create({ doc, selection: TextSelection.create(doc, 1) });
}

describe('anchorTransaction', () => {
  it('marks the words where they are now, outside the undo history', () => {
    let state = stateWith('Un état des lieux est nécessaire.');
    const range = rememberRange(state, 4, 18, 1000);
    const tr = anchorTransaction(state, range, 'th1')!;
    expect(tr.getMeta('addToHistory')).toBe(false);
    state = state.apply(tr);
    const anchor = threadAnchors(state.doc).get('th1')!;
    expect(state.doc.textBetween(anchor.from, anchor.to)).toBe('état des lieux');
  });

  it('goes through suggestion mode as it is: an anchor is not a proposed change', () => {
    const state = stateWith('Un état des lieux est nécessaire.');
    const tr = anchorTransaction(state, rememberRange(state, 4, 18, 1000), 'th1')!;
    const dispatched = suggestingTransaction(state, tr, suggesting);
    expect(dispatched).toBe(tr);
    const after = state.apply(dispatched);
    expect(threadAnchors(after.doc).has('th1')).toBe(true);
    expect(collectSuggestions(after.doc)).toEqual([]);
  });

  it('gives nothing when the words are gone', () => {
    const state = stateWith('Un état des lieux est nécessaire.');
    const range = rememberRange(state, 4, 18, 1000);
    const emptied = stateWith('Un.');
    expect(anchorTransaction(emptied, range, 'th1')).toBeNull();
  });
});
