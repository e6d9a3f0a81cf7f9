import type { Editor } from '@tiptap/core';

/**
 * Starts a measure reference the way a person would: by typing « # » at the caret, which
 * opens the measure menu. The « / » menu, the toolbar and Ctrl+Alt+M all go through here,
 * so there is one way of picking a measure to learn.
 */
export function openMeasurePicker(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
  // The « # » must start a word to open the menu.
  const text = before === '' || /\s$/.test(before) ? '#' : ' #';
  return editor.chain().focus().insertContent(text).run();
}
