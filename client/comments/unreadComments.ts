import type { CommentThread } from '../../shared/api/comments';

/** Who is reading the comments: their own messages are never news to them. */
export interface CommentReader {
  userId: string;
  /** Their association, whose mentions concern them; null for an account without one. */
  associationId: string | null;
}

export interface UnreadComments {
  /** Messages by others written after the reader last looked at the comments. */
  count: number;
  /** Of these, the ones that mention the reader's association. */
  mentions: number;
}

/** True when a message of the thread mentions the association. */
export function mentionsAssociation(thread: CommentThread, associationId: string | null): boolean {
  return associationId !== null && thread.messages.some((message) => message.mentions.some((m) => m.id === associationId));
}

/**
 * What is new in the threads since `seenUpTo` (the time of the newest message the reader
 * had seen, as the server wrote it; null when they never looked): replies count as much as
 * new threads, resolved ones too (a reply may reopen nothing but still say something).
 */
export function unreadComments(
  threads: readonly CommentThread[],
  seenUpTo: string | null,
  reader: CommentReader,
): UnreadComments {
  let count = 0;
  let mentions = 0;
  for (const thread of threads) {
    for (const message of thread.messages) {
      if (message.author.userId === reader.userId) continue;
      if (seenUpTo !== null && message.createdAt <= seenUpTo) continue;
      count++;
      if (reader.associationId !== null && message.mentions.some((m) => m.id === reader.associationId)) mentions++;
    }
  }
  return { count, mentions };
}

/** The time of the newest message, or null when there is none. */
export function newestMessageAt(threads: readonly CommentThread[]): string | null {
  let newest: string | null = null;
  for (const thread of threads) {
    for (const message of thread.messages) {
      if (newest === null || message.createdAt > newest) newest = message.createdAt;
    }
  }
  return newest;
}
