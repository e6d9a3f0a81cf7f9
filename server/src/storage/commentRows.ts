import type { CommentMention, CommentMessage, CommentThread } from '../../../shared/api/comments';

/** A row of `comment_threads`, as SQLite and PostgreSQL both return it. */
export interface ThreadRow {
  id: string;
  document_id: string;
  quote: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by_id: string | null;
  resolved_by_name: string | null;
  resolved_by_association: string | null;
}

/** A row of `comment_messages`; `mentions` is stored as JSON text. */
export interface MessageRow {
  id: string;
  thread_id: string;
  author_id: string;
  author_name: string;
  author_association: string | null;
  body: string;
  mentions: string;
  created_at: string;
}

export const messageOf = (row: MessageRow): CommentMessage => ({
  id: row.id,
  author: { userId: row.author_id, name: row.author_name, association: row.author_association },
  body: row.body,
  mentions: JSON.parse(row.mentions) as CommentMention[],
  createdAt: row.created_at,
});

export const threadOf = (row: ThreadRow, messages: CommentMessage[]): CommentThread => ({
  id: row.id,
  documentId: row.document_id,
  quote: row.quote,
  status: row.resolved_at === null ? 'open' : 'resolved',
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
  resolvedBy:
    row.resolved_at === null || row.resolved_by_id === null
      ? null
      : { userId: row.resolved_by_id, name: row.resolved_by_name ?? '', association: row.resolved_by_association },
  messages,
});

/** A document's threads in the order of `threads`, each with its messages in the order of `messages`. */
export function threadsOf(threads: ThreadRow[], messages: MessageRow[]): CommentThread[] {
  const byThread = new Map<string, CommentMessage[]>();
  for (const row of messages) {
    const list = byThread.get(row.thread_id) ?? [];
    list.push(messageOf(row));
    byThread.set(row.thread_id, list);
  }
  return threads.map((row) => threadOf(row, byThread.get(row.id) ?? []));
}
