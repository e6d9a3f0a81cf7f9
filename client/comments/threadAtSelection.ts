import type { ThreadAnchor } from './threadAnchors';

/**
 * The open thread whose words hold the selection `from`–`to`, so that putting the caret in
 * commented text brings its thread forward in the margin. Both ends must be in its words (a
 * split anchor is several pieces). The thread already picked wins, resolved or not (threads
 * may overlap, and picking one selects its words); otherwise the open one starting last, the
 * innermost. Null outside any.
 */
export function threadAtSelection(
  anchors: ReadonlyMap<string, ThreadAnchor>,
  open: ReadonlySet<string>,
  from: number,
  to: number,
  current: string | null,
): string | null {
  const inWords = (anchor: ThreadAnchor, pos: number) =>
    anchor.ranges.some((range) => range.from <= pos && pos <= range.to);
  const holds = (anchor: ThreadAnchor | undefined) => !!anchor && inWords(anchor, from) && inWords(anchor, to);
  if (current && holds(anchors.get(current))) return current;
  let found: { id: string; from: number } | null = null;
  for (const [id, anchor] of anchors) {
    if (!open.has(id) || !holds(anchor)) continue;
    if (!found || anchor.from > found.from) found = { id, from: anchor.from };
  }
  return found?.id ?? null;
}
