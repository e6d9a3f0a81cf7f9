import { Extension } from '@tiptap/core';

/** Ctrl+Alt+G toggles « Suggérer », like the toolbar button (refused while the mode is forced). */
export const SuggestModeShortcut = Extension.create({
  name: 'suggestModeShortcut',

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-g': () => {
        const { enabled, forced } = this.editor.storage.suggestMode;
        // Handled even when forced: the key must not fall through and type a character.
        if (forced) return true;
        return this.editor.commands.setSuggestMode(!enabled);
      },
    };
  },
});
