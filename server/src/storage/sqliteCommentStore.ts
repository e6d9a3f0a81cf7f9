import Database from 'better-sqlite3';
import type { CommentAuthor, CommentThread } from '../../../shared/api/comments';
import type { CommentStore, NewCommentMessage, NewCommentThread } from './commentStore';
import { messageOf, threadOf, threadsOf, type MessageRow, type ThreadRow } from './commentRows';

// Names and associations are copied into each row: a message keeps the signature it was
// written under, even after the account is renamed or changes association.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS comment_threads (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL,
  quote TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by_id TEXT,
  resolved_by_name TEXT,
  resolved_by_association TEXT
);
CREATE INDEX IF NOT EXISTS comment_threads_by_document ON comment_threads(document_id, seq);
CREATE TABLE IF NOT EXISTS comment_messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  thread_id TEXT NOT NULL REFERENCES comment_threads(id),
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  author_association TEXT,
  body TEXT NOT NULL,
  mentions TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comment_messages_by_thread ON comment_messages(thread_id, seq);
`;

/** Comment threads in the same SQLite file as the rest (its own connection, WAL). */
export function createSqliteCommentStore(filename: string): CommentStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const q = {
    insertThread: db.prepare(
      'INSERT INTO comment_threads (id, document_id, quote, created_at) VALUES (@id, @documentId, @quote, @createdAt)',
    ),
    insertMessage: db.prepare(
      `INSERT INTO comment_messages (id, thread_id, author_id, author_name, author_association, body, mentions, created_at)
       VALUES (@id, @threadId, @authorId, @authorName, @authorAssociation, @body, @mentions, @createdAt)`,
    ),
    resolve: db.prepare(
      `UPDATE comment_threads SET resolved_at = @at, resolved_by_id = @id, resolved_by_name = @name,
       resolved_by_association = @association WHERE document_id = @documentId AND id = @threadId`,
    ),
    thread: db.prepare<[string, string], ThreadRow>('SELECT * FROM comment_threads WHERE document_id = ? AND id = ?'),
    threads: db.prepare<[string], ThreadRow>('SELECT * FROM comment_threads WHERE document_id = ? ORDER BY seq'),
    messagesOfThread: db.prepare<[string], MessageRow>('SELECT * FROM comment_messages WHERE thread_id = ? ORDER BY seq'),
    deleteMessages: db.prepare(
      'DELETE FROM comment_messages WHERE thread_id IN (SELECT id FROM comment_threads WHERE document_id = ?)',
    ),
    deleteThreads: db.prepare('DELETE FROM comment_threads WHERE document_id = ?'),
    messagesOfDocument: db.prepare<[string], MessageRow>(
      `SELECT m.* FROM comment_messages m JOIN comment_threads t ON t.id = m.thread_id
       WHERE t.document_id = ? ORDER BY m.seq`,
    ),
  };

  const insertMessage = (threadId: string, message: NewCommentMessage) =>
    q.insertMessage.run({
      id: message.id,
      threadId,
      authorId: message.author.userId,
      authorName: message.author.name,
      authorAssociation: message.author.association,
      body: message.body,
      mentions: JSON.stringify(message.mentions),
      createdAt: message.createdAt,
    });
  const read = (documentId: string, threadId: string): CommentThread | undefined => {
    const row = q.thread.get(documentId, threadId);
    return row && threadOf(row, q.messagesOfThread.all(row.id).map(messageOf));
  };
  const forgetDocument = db.transaction((documentId: string) => {
    q.deleteMessages.run(documentId);
    q.deleteThreads.run(documentId);
  });
  const createThread = db.transaction((thread: NewCommentThread, first: NewCommentMessage) => {
    q.insertThread.run(thread);
    insertMessage(thread.id, first);
  });

  return {
    async createThread(thread, first) {
      createThread(thread, first);
      return read(thread.documentId, thread.id) as CommentThread;
    },
    async addReply(documentId, threadId, message) {
      if (!q.thread.get(documentId, threadId)) return undefined;
      insertMessage(threadId, message);
      return read(documentId, threadId);
    },
    async setResolution(documentId, threadId, resolution) {
      const by: Partial<CommentAuthor> = resolution?.by ?? {};
      const changed = q.resolve.run({
        documentId,
        threadId,
        at: resolution?.at ?? null,
        id: by.userId ?? null,
        name: by.name ?? null,
        association: by.association ?? null,
      });
      return changed.changes === 0 ? undefined : read(documentId, threadId);
    },
    async getThread(documentId, threadId) {
      return read(documentId, threadId);
    },
    async listThreads(documentId) {
      const messages = q.messagesOfDocument.all(documentId);
      return threadsOf(q.threads.all(documentId), messages);
    },
    async forgetDocument(documentId) {
      forgetDocument(documentId);
    },
    async close() {
      db.close();
    },
  };
}
