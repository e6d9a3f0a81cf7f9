import { Extension } from '@tiptap/core';
import { commentHighlightPlugin } from './commentHighlight';

/** Where the comments UI takes a « Commenter » asked from the keyboard; null while it cannot. */
export interface CommentRequests {
  current: (() => boolean) | null;
}

export interface CommentsOptions {
  /** Called on Ctrl+Alt+C; a function, as Tiptap copies plain option objects. */
  request: () => boolean;
}

/** Comment support in the editor: the highlight of the anchored text and « Commenter » on Ctrl+Alt+C. */
export const Comments = Extension.create<CommentsOptions>({
  name: 'comments',

  addOptions() {
    return { request: () => false };
  },

  addProseMirrorPlugins() {
    return [commentHighlightPlugin()];
  },

  // Ahead of StarterKit, whose code block takes the same keys.
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      // Always handled, even with nothing selected: falling through would turn the
      // paragraph into a code block, which drops every mark, comment anchors and suggestions included.
      'Mod-Alt-c': () => {
        this.options.request();
        return true;
      },
    };
  },
});
