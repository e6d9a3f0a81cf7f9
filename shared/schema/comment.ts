import { Mark, mergeAttributes } from '@tiptap/core';

export interface CommentAttributes {
  /** The id of the thread on the server (`/api/minutes/:id/comments`). */
  threadId: string;
}

/**
 * The anchor of a comment thread: a mark over the commented text. A mark, not a Yjs
 * relative position, because ProseMirror keeps a mark on both halves of a split
 * paragraph and on the merged text of a join, so the anchor follows the words.
 * The thread itself (messages, status) lives on the server, never in the CRDT.
 */
export const Comment = Mark.create({
  name: 'comment',
  inclusive: false,
  // Threads may overlap: y-prosemirror then keys each one by a hash of its attributes.
  excludes: '',

  addAttributes() {
    return {
      threadId: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-comment-thread') ?? '',
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-comment-thread': attributes.threadId }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment-thread]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor' }), 0];
  },
});
