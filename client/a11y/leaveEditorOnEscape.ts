import { Extension } from '@tiptap/core';
import { focusToolbar } from './useToolbarFocus';

/**
 * Escape takes the focus out of the text, so that a keyboard user is never held in it (Tab
 * indents list items there): to the editor's toolbar when it has one, from which Tab comes
 * back to the text and Shift+Tab goes up the page; otherwise the text just loses the focus
 * and Tab goes on from where it was. Placed after every other binding, so that Escape first
 * closes the « / », « @ », « # » menus and leaves a measure reference.
 */
export const LeaveEditorOnEscape = Extension.create({
  name: 'leaveEditorOnEscape',
  priority: 1,

  addKeyboardShortcuts() {
    return {
      Escape: () => {
        const { dom } = this.editor.view;
        if (!focusToolbar(dom.closest('.editor')?.querySelector('[role="toolbar"]') ?? null)) dom.blur();
        return true;
      },
    };
  },
});
