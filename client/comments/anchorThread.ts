import type { Editor } from '@tiptap/core';
import type { PendingRange } from './pendingRange';

/**
 * Marks the suggestion-mode plugin leaves alone (`client/editor/suggestMode.ts`): a comment
 * anchor is not a change of the text to be proposed, it is written as is.
 */
export const SKIP_SUGGEST_META = 'minutier-skip-suggest';

/**
 * Puts the `comment` mark of a thread just created on the server over the text it was
 * written about, found again where it is now. Kept out of the undo history: undoing a
 * keystroke must not strip the anchor of a thread everybody sees. Returns false when the
 * text is gone (the thread is then listed as « texte supprimé »).
 */
export function anchorThread(editor: Editor, range: PendingRange, threadId: string): boolean {
  const { state } = editor;
  const markType = state.schema.marks.comment;
  const place = range.resolve(state.doc);
  if (!markType || !place) return false;
  const tr = state.tr
    .addMark(place.from, place.to, markType.create({ threadId }))
    .setMeta(SKIP_SUGGEST_META, true)
    .setMeta('addToHistory', false);
  editor.view.dispatch(tr);
  return true;
}
