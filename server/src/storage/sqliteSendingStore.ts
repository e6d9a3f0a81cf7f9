import Database from 'better-sqlite3';
import { sendingOf, type SendingRow } from './sendingRows';
import type { SendingStore } from './sendingStore';

// CREATE … IF NOT EXISTS on every start: a database from before sendings gains the table.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS sendings (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  addressee TEXT NOT NULL,
  recipients TEXT NOT NULL,
  files TEXT NOT NULL,
  message_id TEXT,
  sent_by TEXT NOT NULL,
  sent_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sendings_by_document ON sendings(document_id, seq);
`;

/** Sendings in the same SQLite file as the rest (its own connection, WAL); recipients and files as JSON. */
export function createSqliteSendingStore(filename: string): SendingStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  // A table from before cover letters gains their column; its sendings had none (L8).
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(sendings)').all();
  if (!columns.some((column) => column.name === 'letter_id')) db.exec('ALTER TABLE sendings ADD COLUMN letter_id TEXT');
  const q = {
    insert: db.prepare(
      `INSERT INTO sendings (id, document_id, channel, addressee, recipients, files, letter_id, message_id, sent_by, sent_at)
       VALUES (@id, @documentId, @channel, @addressee, @recipients, @files, @letterId, @messageId, @sentBy, @sentAt)`,
    ),
    list: db.prepare<[string], SendingRow>('SELECT * FROM sendings WHERE document_id = ? ORDER BY seq'),
    forget: db.prepare('DELETE FROM sendings WHERE document_id = ?'),
  };

  return {
    async add(sending) {
      q.insert.run({ ...sending, recipients: JSON.stringify(sending.recipients), files: JSON.stringify(sending.files) });
    },
    async list(documentId) {
      return q.list.all(documentId).map(sendingOf);
    },
    async forgetDocument(documentId) {
      q.forget.run(documentId);
    },
    async close() {
      db.close();
    },
  };
}
