import type { CommentThread } from '../../shared/api/comments';
import type { ThreadAnchor } from './threadAnchors';

/**
 * Which unanchored threads are only waiting for their anchor. A colleague's new thread is
 * announced by the server before the mark on its words reaches this editor through the
 * relay: calling it « texte supprimé » meanwhile would be wrong. A thread counts as deleted
 * text once it was known when the list was first shown, or once it was seen anchored.
 * `known` is null the first time; the answer's `known` is passed back the next time.
 */
export function anchorArrival(
  known: ReadonlySet<string> | null,
  threads: readonly CommentThread[],
  anchors: ReadonlyMap<string, ThreadAnchor>,
): { known: Set<string>; awaiting: Set<string> } {
  const next = new Set(known ?? threads.map((thread) => thread.id));
  for (const id of anchors.keys()) next.add(id);
  const awaiting = new Set(threads.filter((thread) => !next.has(thread.id)).map((thread) => thread.id));
  return { known: next, awaiting };
}
