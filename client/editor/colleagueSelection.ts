/**
 * How much of a colleague's caret colour shows behind the text they select. y-tiptap's
 * default (0x70, 44 %) left read-only text (--ink-soft) under 4.5:1; 0x33 (20 %) keeps every
 * palette colour AA (client/a11y/contrastOfPalettes.test.ts) and the selection still visible.
 */
const SELECTION_OPACITY = '33';

/** The background of a colleague's selection, from their six-digit caret colour. */
export function selectionBackground(color: string): string {
  return `${color}${SELECTION_OPACITY}`;
}

/** CollaborationCaret's `selectionRender`: the decoration over the text a colleague selects. */
export function renderColleagueSelection(user: Record<string, unknown>): { style?: string; class: string } {
  const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : null;
  return { class: 'ProseMirror-yjs-selection', ...(color ? { style: `background-color: ${selectionBackground(color)}` } : {}) };
}
