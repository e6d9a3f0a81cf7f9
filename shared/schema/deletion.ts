import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionMarkAttributes } from './suggestionAuthor';

/**
 * Text proposed for deletion in suggestion mode: it stays in the document, struck
 * through. Accepting deletes the text; rejecting drops the mark.
 */
export const Deletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion deletion',

  addAttributes() {
    return suggestionMarkAttributes();
  },

  parseHTML() {
    return [{ tag: 'del[data-suggestion-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['del', mergeAttributes(HTMLAttributes, { class: 'suggestion-deletion' }), 0];
  },
});
