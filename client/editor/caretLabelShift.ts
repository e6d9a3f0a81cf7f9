/** The horizontal extent of a box on the page, as `getBoundingClientRect` gives it. */
export interface HorizontalBox {
  left: number;
  right: number;
}

/**
 * How far (in px) to move a caret's label so that it stays inside the editor: left when it
 * runs past the right edge (a caret at the end of a line), right when it starts before the
 * left edge. A label wider than the editor keeps its start visible.
 */
export function caretLabelShift(label: HorizontalBox, editor: HorizontalBox): number {
  const pastRight = label.right - editor.right;
  if (pastRight > 0) return Math.max(-pastRight, editor.left - label.left);
  const beforeLeft = editor.left - label.left;
  return beforeLeft > 0 ? beforeLeft : 0;
}
