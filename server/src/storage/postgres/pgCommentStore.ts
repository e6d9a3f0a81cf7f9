import type pg from 'pg';
import type { CommentAuthor, CommentThread } from '../../../../shared/api/comments';
import { messageOf, threadOf, threadsOf, type MessageRow, type ThreadRow } from '../commentRows';
import type { CommentStore, NewCommentMessage } from '../commentStore';
import { inTransaction } from './pgPool';

const THREAD_COLUMNS = 'id, document_id, quote, created_at, resolved_at, resolved_by_id, resolved_by_name, resolved_by_association';
const MESSAGE_COLUMNS = 'm.id, m.thread_id, m.author_id, m.author_name, m.author_association, m.body, m.mentions, m.created_at';

const messageValues = (threadId: string, message: NewCommentMessage) => [
  message.id,
  threadId,
  message.author.userId,
  message.author.name,
  message.author.association,
  message.body,
  JSON.stringify(message.mentions),
  message.createdAt,
];

/**
 * Comment threads in PostgreSQL (issue 18). Names and associations are copied into each row,
 * as in SQLite: a message keeps the signature it was written under.
 */
export function createPgCommentStore(pool: pg.Pool): CommentStore {
  const read = async (documentId: string, threadId: string): Promise<CommentThread | undefined> => {
    const thread = (await pool.query<ThreadRow>(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE document_id = $1 AND id = $2`, [documentId, threadId])).rows[0];
    if (!thread) return undefined;
    const messages = await pool.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM comment_messages m WHERE m.thread_id = $1 ORDER BY m.seq`, [threadId]);
    return threadOf(thread, messages.rows.map(messageOf));
  };

  return {
    async createThread(thread, first) {
      await inTransaction(pool, async (client) => {
        await client.query('INSERT INTO comment_threads (id, document_id, quote, created_at) VALUES ($1, $2, $3, $4)', [
          thread.id,
          thread.documentId,
          thread.quote,
          thread.createdAt,
        ]);
        await client.query(
          `INSERT INTO comment_messages (id, thread_id, author_id, author_name, author_association, body, mentions, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          messageValues(thread.id, first),
        );
      });
      return (await read(thread.documentId, thread.id)) as CommentThread;
    },
    async addReply(documentId, threadId, message) {
      // One statement: the reply goes in only if the thread is this document's, even if
      // another instance deletes the document at the same moment.
      const inserted = await pool.query(
        `INSERT INTO comment_messages (id, thread_id, author_id, author_name, author_association, body, mentions, created_at)
         SELECT $1, t.id, $3, $4, $5, $6, $7, $8 FROM comment_threads t WHERE t.id = $2 AND t.document_id = $9`,
        [...messageValues(threadId, message), documentId],
      );
      return inserted.rowCount === 0 ? undefined : read(documentId, threadId);
    },
    async setResolution(documentId, threadId, resolution) {
      const by: Partial<CommentAuthor> = resolution?.by ?? {};
      const changed = await pool.query(
        `UPDATE comment_threads SET resolved_at = $3, resolved_by_id = $4, resolved_by_name = $5, resolved_by_association = $6
         WHERE document_id = $1 AND id = $2`,
        [documentId, threadId, resolution?.at ?? null, by.userId ?? null, by.name ?? null, by.association ?? null],
      );
      return changed.rowCount === 0 ? undefined : read(documentId, threadId);
    },
    async getThread(documentId, threadId) {
      return read(documentId, threadId);
    },
    async listThreads(documentId) {
      const threads = await pool.query<ThreadRow>(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE document_id = $1 ORDER BY seq`, [documentId]);
      const rows = await pool.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM comment_messages m JOIN comment_threads t ON t.id = m.thread_id
         WHERE t.document_id = $1 ORDER BY m.seq`,
        [documentId],
      );
      return threadsOf(threads.rows, rows.rows);
    },
    async forgetDocument(documentId) {
      // The messages go with their threads (ON DELETE CASCADE), a reply racing this one included.
      await pool.query('DELETE FROM comment_threads WHERE document_id = $1', [documentId]);
    },
    // The pool is the server's, shared by every store: it ends it once.
    async close() {},
  };
}
