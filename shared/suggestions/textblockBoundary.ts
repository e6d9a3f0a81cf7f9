import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import { blockSuggestionOf } from './suggestion';

/**
 * Split and join suggestions are both about the boundary between a block's first
 * textblock and the textblock before it in document order: joining deletes that
 * boundary, which for sibling paragraphs is exactly ProseMirror's join and for
 * nested blocks (list items, speaker turns) merges the text the way deleting
 * across them would.
 */

/** Position of the start of the content of the first textblock in the block at `pos`. */
export function firstTextblockStart(doc: PMNode, pos: number): number | null {
  const node = doc.nodeAt(pos);
  if (!node) return null;
  if (node.isTextblock) return pos + 1;
  let found: number | null = null;
  node.descendants((child, offset) => {
    if (found !== null) return false;
    if (child.isTextblock) found = pos + 1 + offset + 1;
    return found === null;
  });
  return found;
}

/** Position of the end of the content of the last textblock that ends before `pos`. */
export function previousTextblockEnd(doc: PMNode, pos: number): number | null {
  let found: number | null = null;
  doc.nodesBetween(0, pos, (node, nodePos) => {
    if (node.isTextblock) {
      const end = nodePos + node.nodeSize - 1;
      if (end < pos) found = end;
      return false;
    }
    return true;
  });
  return found;
}

/** Removes the boundary before the block at `pos`; false when there is nothing to join it to. */
export function joinBlockBackward(tr: Transform, pos: number): boolean {
  const start = firstTextblockStart(tr.doc, pos);
  const end = previousTextblockEnd(tr.doc, pos);
  if (start === null || end === null) return false;
  const before = tr.steps.length;
  tr.delete(end, start);
  return tr.steps.length > before;
}

/**
 * Whether the textblock before the block at `pos` is a pending insertion (or lies in
 * one): words joined into it would go if that insertion were rejected.
 */
export function joinsIntoInsertion(doc: PMNode, pos: number): boolean {
  const end = previousTextblockEnd(doc, pos);
  if (end === null) return false;
  const $end = doc.resolve(end);
  for (let depth = $end.depth; depth > 0; depth--) {
    if (blockSuggestionOf($end.node(depth))?.kind === 'insert') return true;
  }
  return false;
}
