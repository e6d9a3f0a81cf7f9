import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';
import { caretLabelShift } from './caretLabelShift';

/** Moves one caret label back inside the editor's box, measured from where CSS puts it. */
function placeLabel(label: HTMLElement, editorBox: DOMRect): void {
  label.style.translate = '';
  const shift = caretLabelShift(label.getBoundingClientRect(), editorBox);
  if (shift !== 0) label.style.translate = `${shift}px 0`;
}

/**
 * Keeps the « Nom (Association) » labels of other people's carets inside the editor: a
 * caret at the end of a line would otherwise hang its label past the page's edge (and
 * widen the page). Checked after every transaction (text and carets move with them), at
 * most once per frame.
 */
export function useCaretLabelsInside(editor: Editor): void {
  useEffect(() => {
    let frame = 0;
    const check = () => {
      if (frame || editor.isDestroyed) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (editor.isDestroyed) return;
        const root = editor.view.dom;
        const labels = root.querySelectorAll<HTMLElement>('.collaboration-carets__label');
        if (labels.length === 0) return;
        const box = root.getBoundingClientRect();
        labels.forEach((label) => placeLabel(label, box));
      });
    };
    editor.on('transaction', check);
    window.addEventListener('resize', check);
    check();
    return () => {
      editor.off('transaction', check);
      window.removeEventListener('resize', check);
      cancelAnimationFrame(frame);
    };
  }, [editor]);
}
