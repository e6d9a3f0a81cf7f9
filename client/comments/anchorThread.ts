import type { Editor } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { skipSuggestMeta } from '../editor/suggestMode';
import type { PendingRange } from './pendingRange';

/**
 * The transaction putting a thread's `comment` mark over the text it was written about,
 * found again where it is now; null when that text is gone. Flagged for suggestion mode to
 * leave alone (an anchor is not a change of the text to propose) and kept out of the undo
 * history: undoing a keystroke must not strip the anchor of a thread everybody sees.
 */
export function anchorTransaction(state: EditorState, range: PendingRange, threadId: string): Transaction | null {
  const markType = state.schema.marks.comment;
  const place = range.resolve(state.doc);
  if (!markType || !place) return null;
  return state.tr
    .addMark(place.from, place.to, markType.create({ threadId }))
    .setMeta(skipSuggestMeta, true)
    .setMeta('addToHistory', false);
}

/**
 * Anchors a thread just created on the server. Returns false when its text is gone (the
 * thread is then listed as « texte supprimé »).
 */
export function anchorThread(editor: Editor, range: PendingRange, threadId: string): boolean {
  const tr = anchorTransaction(editor.state, range, threadId);
  if (!tr) return false;
  editor.view.dispatch(tr);
  return true;
}
