import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * The number of the annex at `pos`: 1 plus the annexes before it, in document order over
 * every annex (M12), as the exports and the bundle number them. Text is not walked.
 */
export function annexNumberAt(doc: PMNode, pos: number): number {
  let before = 0;
  doc.nodesBetween(0, pos, (node, nodePos) => {
    if (node.type.name === 'annex' && nodePos < pos) before += 1;
    return !node.isTextblock;
  });
  return before + 1;
}
