import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** What Tab reaches in a block's own controls (a speaker turn's button, an « À suivre » box's fields). */
const FIELDS = 'button, input, select, textarea, a[href], [tabindex]';

/** Marks the fields this extension took out of the Tab order, so it gives back only those. */
const PARKED = 'data-tab-parked';

/**
 * The blocks containing the caret: the DOM of each node from the document's top down to the
 * caret's textblock. Their fields stay in the Tab order; every other block's leave it.
 */
function blocksAtCaret(view: EditorView): Element[] {
  const { $head } = view.state.selection;
  const blocks: Element[] = [];
  for (let depth = 1; depth <= $head.depth; depth++) {
    const dom = view.nodeDOM($head.before(depth));
    if (dom instanceof Element) blocks.push(dom);
  }
  return blocks;
}

/**
 * Puts in the Tab order the fields of the blocks at the caret, and only those. A text that
 * cannot be edited has no caret to place: there every field and link stays in the Tab order.
 */
function placeTabStops(view: EditorView): void {
  const root = view.dom;
  const current = view.editable ? blocksAtCaret(view) : null;
  for (const field of root.querySelectorAll<HTMLElement>(FIELDS)) {
    if (field.isContentEditable) continue;
    const atCaret = current === null || current.some((block) => block.contains(field));
    if (atCaret && field.hasAttribute(PARKED)) {
      const previous = field.getAttribute(PARKED);
      field.removeAttribute(PARKED);
      if (previous === '') field.removeAttribute('tabindex');
      else field.setAttribute('tabindex', previous ?? '0');
    } else if (!atCaret && !field.hasAttribute(PARKED) && field.tabIndex >= 0) {
      field.setAttribute(PARKED, field.getAttribute('tabindex') ?? '');
      field.tabIndex = -1;
    }
  }
}

/**
 * The text is one Tab stop, as the toolbar is: Tab from the text goes on to the side panels
 * instead of through the fields of every block of a long compte-rendu (a dozen « À suivre »
 * boxes hold some sixty). The fields of the block at the caret stay reachable: put the caret
 * in an « À suivre » box and Tab goes to its owners, due date and state. Node views render
 * after the transaction that made them, so changes of the DOM are watched too, once a frame.
 */
export const BlockFieldsTabStops = Extension.create({
  name: 'blockFieldsTabStops',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('blockFieldsTabStops'),
        view(view) {
          let frame: number | null = null;
          const schedule = () => {
            if (frame !== null) return;
            frame = requestAnimationFrame(() => {
              frame = null;
              placeTabStops(view);
            });
          };
          const observer = new MutationObserver(schedule);
          observer.observe(view.dom, { childList: true, subtree: true });
          schedule();
          return {
            update: schedule,
            destroy() {
              observer.disconnect();
              if (frame !== null) cancelAnimationFrame(frame);
            },
          };
        },
      }),
    ];
  },
});
