import type { CommentThread } from '../../shared/api/comments';
import type { ThreadAnchor } from './threadAnchors';

export interface PlacedThread {
  thread: CommentThread;
  /** Null when the commented text is gone from the document (« texte supprimé »). */
  anchor: ThreadAnchor | null;
}

export interface ThreadsInOrder {
  /** Open threads in the order of their text, those whose text was deleted last. */
  open: PlacedThread[];
  /** Resolved threads, in the same order. */
  resolved: PlacedThread[];
}

function compare(a: PlacedThread, b: PlacedThread): number {
  if (a.anchor && b.anchor) return a.anchor.from - b.anchor.from || a.anchor.to - b.anchor.to || byCreation(a, b);
  if (a.anchor) return -1;
  if (b.anchor) return 1;
  return byCreation(a, b);
}

const byCreation = (a: PlacedThread, b: PlacedThread) => a.thread.createdAt.localeCompare(b.thread.createdAt);

/** Threads as the margin lists them: in document order, open and resolved apart. */
export function threadsInOrder(threads: readonly CommentThread[], anchors: ReadonlyMap<string, ThreadAnchor>): ThreadsInOrder {
  const placed = threads.map((thread) => ({ thread, anchor: anchors.get(thread.id) ?? null })).sort(compare);
  return {
    open: placed.filter((entry) => entry.thread.status === 'open'),
    resolved: placed.filter((entry) => entry.thread.status === 'resolved'),
  };
}
