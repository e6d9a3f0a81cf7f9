import Database from 'better-sqlite3';
import type { AnnexRecord, AnnexStore } from './annexStore';

// CREATE … IF NOT EXISTS on every start: a database from before annexes gains the table.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS annexes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS annexes_by_document ON annexes(document_id, seq);
`;

interface AnnexRow {
  id: string;
  document_id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

const toRecord = (row: AnnexRow): AnnexRecord => ({
  id: row.id,
  documentId: row.document_id,
  name: row.name,
  mediaType: row.media_type,
  size: row.size,
  sha256: row.sha256,
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at,
});

/** Annex metadata in the same SQLite file as the rest (its own connection, WAL). */
export function createSqliteAnnexStore(filename: string): AnnexStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const q = {
    insert: db.prepare(
      `INSERT INTO annexes (id, document_id, name, media_type, size, sha256, uploaded_by, uploaded_at)
       VALUES (@id, @documentId, @name, @mediaType, @size, @sha256, @uploadedBy, @uploadedAt)`,
    ),
    get: db.prepare<[string, string], AnnexRow>('SELECT * FROM annexes WHERE document_id = ? AND id = ?'),
    list: db.prepare<[string], AnnexRow>('SELECT * FROM annexes WHERE document_id = ? ORDER BY seq'),
    remove: db.prepare('DELETE FROM annexes WHERE document_id = ? AND id = ?'),
    forget: db.prepare('DELETE FROM annexes WHERE document_id = ?'),
  };

  return {
    async add(annex) {
      q.insert.run(annex);
    },
    async get(documentId, annexId) {
      const row = q.get.get(documentId, annexId);
      return row && toRecord(row);
    },
    async list(documentId) {
      return q.list.all(documentId).map(toRecord);
    },
    async remove(documentId, annexId) {
      return q.remove.run(documentId, annexId).changes > 0;
    },
    async forgetDocument(documentId) {
      q.forget.run(documentId);
    },
    async close() {
      db.close();
    },
  };
}
