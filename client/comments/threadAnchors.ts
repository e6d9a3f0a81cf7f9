import type { Node as PMNode } from '@tiptap/pm/model';

/** Where a thread's `comment` mark sits in the document. */
export interface ThreadAnchor {
  /** Start of the first marked text. */
  from: number;
  /** End of the last marked text. */
  to: number;
  /**
   * Each continuous stretch of marked text: a split paragraph or a colleague's edit can leave
   * the words of one thread in several pieces.
   */
  ranges: Array<{ from: number; to: number }>;
}

/** The anchors of every thread that still has marked text in `doc`, keyed by thread id. */
export function threadAnchors(doc: PMNode): Map<string, ThreadAnchor> {
  const anchors = new Map<string, ThreadAnchor>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const end = pos + node.nodeSize;
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const threadId = String(mark.attrs.threadId ?? '');
      if (threadId === '') continue;
      const anchor = anchors.get(threadId);
      if (!anchor) {
        anchors.set(threadId, { from: pos, to: end, ranges: [{ from: pos, to: end }] });
        continue;
      }
      const last = anchor.ranges[anchor.ranges.length - 1];
      // Text nodes of one stretch are split by other marks (bold, another thread): join them.
      if (last && last.to === pos) last.to = end;
      else anchor.ranges.push({ from: pos, to: end });
      anchor.to = end;
    }
    return false;
  });
  return anchors;
}
