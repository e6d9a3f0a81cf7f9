import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionMarkAttributes } from './suggestionAuthor';

/**
 * Text proposed for insertion in suggestion mode. Accepting drops the mark and keeps the
 * text; rejecting deletes the text.
 */
export const Insertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'insertion deletion',

  addAttributes() {
    return suggestionMarkAttributes();
  },

  parseHTML() {
    return [{ tag: 'ins[data-suggestion-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['ins', mergeAttributes(HTMLAttributes, { class: 'suggestion-insertion' }), 0];
  },
});
