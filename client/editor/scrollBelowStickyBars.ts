import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { stickyBarsBottom } from './stickyBarsBottom';

/** Space kept between the caret's line and the edges of what can be seen, px. */
const BREATHING_ROOM = 12;

const scrollBelowStickyBarsKey = new PluginKey('scrollBelowStickyBars');

/**
 * ProseMirror scrolls the caret into view within the window, blind to the sticky header and
 * toolbar: the line being typed could sit behind them. This plugin gives it the height they
 * cover as the top scroll threshold and margin. The height is measured again after each
 * update, before ProseMirror scrolls (the toolbar wraps on narrow windows and stops sticking
 * on very narrow ones). The CSS `scroll-padding-top` does the same for the browser's own scrolling.
 */
export function scrollBelowStickyBars(): Plugin {
  // One object, read by ProseMirror at each scroll and kept current by the plugin's view.
  const sides = { top: BREATHING_ROOM, bottom: BREATHING_ROOM, left: 5, right: 5 };
  const measure = (view: EditorView) => {
    sides.top = stickyBarsBottom(view.dom) + BREATHING_ROOM;
  };
  return new Plugin({
    key: scrollBelowStickyBarsKey,
    view(editorView) {
      measure(editorView);
      return { update: measure };
    },
    props: { scrollThreshold: sides, scrollMargin: sides },
  });
}

/** Adds `scrollBelowStickyBars` to the editor for as long as the component lives. */
export function useScrollBelowStickyBars(editor: Editor): void {
  useEffect(() => {
    if (editor.isDestroyed) return;
    const plugin = scrollBelowStickyBars();
    editor.registerPlugin(plugin);
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(scrollBelowStickyBarsKey);
    };
  }, [editor]);
}
