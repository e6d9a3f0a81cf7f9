import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import { trackDeletion } from './trackDeletion';
import { firstTextblockStart, previousTextblockEnd } from './textblockBoundary';

/**
 * The suggestion for deleting [from, to), built from the range itself rather than
 * from the steps of a plain deletion: across blocks, ProseMirror may restructure
 * them (lift, wrap) where suggestion mode only proposes words and joins.
 */
export function trackedRangeDeletion(
  state: EditorState,
  from: number,
  to: number,
  author: SuggestionAuthor,
  newId: () => string,
  caret: 'before' | 'after',
): Transaction {
  const tr = state.tr;
  const tracked = trackDeletion(tr, from, to, author, newId);
  const pos = caret === 'before' ? tracked.from : tracked.to;
  return tr.setSelection(TextSelection.near(tr.doc.resolve(pos), caret === 'before' ? -1 : 1));
}

/** Start of the content of the first textblock that starts at or after `pos`. */
function nextTextblockStart(state: EditorState, pos: number): number | null {
  let found: number | null = null;
  state.doc.nodesBetween(pos, state.doc.content.size, (node, nodePos) => {
    if (found !== null) return false;
    if (node.isTextblock && nodePos >= pos) found = firstTextblockStart(state.doc, nodePos);
    return found === null;
  });
  return found;
}

/**
 * Backspace at the start of a textblock, or Delete at its end, in suggestion mode:
 * the proposal to join it with the textblock before (or after) it. Null when the
 * caret is not at such an edge, so the key does what it usually does.
 */
export function blockEdgeDeletion(
  state: EditorState,
  direction: 'backward' | 'forward',
  author: SuggestionAuthor,
  newId: () => string,
): Transaction | null {
  const { $head, empty } = state.selection;
  if (!empty || !$head.parent.isTextblock) return null;
  if (direction === 'backward') {
    if ($head.parentOffset !== 0) return null;
    const end = previousTextblockEnd(state.doc, $head.before());
    return end === null ? null : trackedRangeDeletion(state, end, $head.pos, author, newId, 'before');
  }
  if ($head.parentOffset !== $head.parent.content.size) return null;
  const start = nextTextblockStart(state, $head.after());
  return start === null ? null : trackedRangeDeletion(state, $head.pos, start, author, newId, 'after');
}
