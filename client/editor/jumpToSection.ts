import type { Editor } from '@tiptap/core';
import { sectionHeadingPositions } from './sectionTargets';

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls to the `index`-th section heading and puts the focus there: the caret at the
 * start of the title when editing, the heading itself when reading.
 */
export function jumpToSection(editor: Editor, index: number): void {
  const pos = sectionHeadingPositions(editor.state.doc)[index];
  if (pos === undefined) return;
  const heading = editor.view.nodeDOM(pos);
  if (!(heading instanceof HTMLElement)) return;
  if (editor.isEditable) {
    editor.chain().setTextSelection(pos + 1).focus(undefined, { scrollIntoView: false }).run();
  } else {
    // A read-only editor cannot take the focus; the heading can, out of the tab order.
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
  heading.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
