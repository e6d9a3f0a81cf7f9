import type { Node as PMNode } from '@tiptap/pm/model';
import { SECTION_HEADING_LEVEL } from '../../shared/model/sommaire';

/**
 * Document positions of the section headings, in the order of `sommaireOf` (same walk:
 * every level-2 heading, wherever it is), so that sommaire entry `index` jumps to
 * `sectionHeadingPositions(doc)[index]`.
 */
export function sectionHeadingPositions(doc: PMNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return true;
    if (node.attrs.level === SECTION_HEADING_LEVEL) positions.push(pos);
    return false;
  });
  return positions;
}
