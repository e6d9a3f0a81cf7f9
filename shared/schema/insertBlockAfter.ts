import type { CommandProps, JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * How an insert command places its block: `wrap` the current block(s) when the schema
 * allows it (else insert an empty one at the caret), or put a new empty block `after`
 * the top-level block holding the selection. Suggestion mode uses `after`: a wrap would
 * be recorded as the paragraph struck through plus an underlined copy, and inside a
 * speaker turn the fallback splits the turn and leaves the caret in its second half.
 */
export type BlockPlacement = 'wrap' | 'after';

/**
 * Inserts `block` after the top-level block at the end of the selection and puts the
 * caret in its first textblock, so that typing fills the new block.
 */
export const insertBlockAfter =
  (block: JSONContent) =>
  ({ tr, state, dispatch }: CommandProps): boolean => {
    const { $to } = tr.selection;
    const at = $to.depth === 0 ? $to.pos : $to.after(1);
    const index = tr.doc.resolve(at).index(0);
    const node = state.schema.nodeFromJSON(block);
    if (!tr.doc.canReplaceWith(index, index, node.type)) return false;
    if (dispatch) {
      tr.insert(at, node);
      const caret = TextSelection.findFrom(tr.doc.resolve(at + 1), 1, true);
      if (caret) tr.setSelection(caret);
      tr.scrollIntoView();
    }
    return true;
  };
