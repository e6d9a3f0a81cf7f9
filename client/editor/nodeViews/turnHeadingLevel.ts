import type { Node as PMNode } from '@tiptap/pm/model';

/** The levels of every speaker turn of a document, by position: one walk per document state. */
const levelsByDoc = new WeakMap<PMNode, Map<number, number>>();

/**
 * The heading level of the speaker turn at `pos`: one below the last heading of the text
 * before it (« Tour de table » at level 2 puts its turns at 3), 2 under the page's title when
 * no heading comes before, so that the outline never skips a level (RGAA 9.1). Every turn's
 * view asks at every transaction, so the whole document is walked once per state, not once
 * per turn.
 */
export function turnHeadingLevel(doc: PMNode, pos: number): number {
  let levels = levelsByDoc.get(doc);
  if (!levels) {
    levels = turnLevels(doc);
    levelsByDoc.set(doc, levels);
  }
  return levels.get(pos) ?? 2;
}

function turnLevels(doc: PMNode): Map<number, number> {
  const levels = new Map<number, number>();
  let lastHeading = 1;
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') lastHeading = Number(node.attrs.level) || lastHeading;
    else if (node.type.name === 'speakerTurn') levels.set(pos, Math.min(lastHeading + 1, 6));
    return !node.isTextblock;
  });
  return levels;
}
