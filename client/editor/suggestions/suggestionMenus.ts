import { Extension } from '@tiptap/core';
import { openMeasurePicker } from '../openMeasurePicker';
import { triggerMenuPlugin, type TriggerKeyHandler } from './triggerMenuPlugin';

export interface SuggestionMenusOptions {
  /**
   * Shared with `EditorSuggestions`, which handles the keys while a menu is open. Passed
   * inside a function: Tiptap deep-copies option objects, which would cut the link.
   */
  keys: () => TriggerKeyHandler;
}

/** The editor side of the « / », « @ » and « # » menus, and the measure picker's shortcut. */
export const SuggestionMenus = Extension.create<SuggestionMenusOptions>({
  name: 'suggestionMenus',
  // Before every other key binding: while a menu is open, Enter and the arrows are its own.
  priority: 1000,

  addOptions() {
    const none: TriggerKeyHandler = { current: null };
    return { keys: () => none };
  },

  addProseMirrorPlugins() {
    return [triggerMenuPlugin(this.options.keys())];
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-m': () => openMeasurePicker(this.editor) };
  },
});
