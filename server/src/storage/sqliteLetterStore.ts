import Database from 'better-sqlite3';
import { letterOf, type LetterRow } from './letterRows';
import type { LetterRecord, LetterStore } from './letterStore';

// CREATE … IF NOT EXISTS on every start: a database from before letters gains the table.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS letters (
  id TEXT PRIMARY KEY,
  minutes_id TEXT NOT NULL,
  collective_id TEXT NOT NULL,
  fields TEXT NOT NULL,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS letters_by_minutes ON letters(minutes_id, created_at);
`;

/** Letters' fields in the same SQLite file as the rest (its own connection, WAL); the fields as JSON, replaced whole. */
export function createSqliteLetterStore(filename: string): LetterStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const q = {
    insert: db.prepare(
      `INSERT INTO letters (id, minutes_id, collective_id, fields, revision, created_at, created_by, updated_at)
       VALUES (@id, @minutesId, @collectiveId, @fields, @revision, @createdAt, @createdBy, @updatedAt)`,
    ),
    get: db.prepare<[string], LetterRow>('SELECT * FROM letters WHERE id = ?'),
    list: db.prepare<[string], LetterRow>('SELECT * FROM letters WHERE minutes_id = ? ORDER BY created_at DESC, rowid DESC'),
    // The revision check and the write are one statement: two saves from one revision cannot both pass.
    update: db.prepare(
      'UPDATE letters SET fields = @fields, revision = revision + 1, updated_at = @updatedAt WHERE id = @id AND revision = @revision',
    ),
    delete: db.prepare('DELETE FROM letters WHERE id = ?'),
  };

  return {
    async add(letter) {
      q.insert.run({ ...letter, fields: JSON.stringify(letter.fields) });
    },
    async get(id) {
      const row = q.get.get(id);
      return row && letterOf(row);
    },
    async listOfMinutes(minutesId) {
      return q.list.all(minutesId).map(letterOf);
    },
    async update(id, revision, fields, updatedAt) {
      const written = q.update.run({ id, revision, fields: JSON.stringify(fields), updatedAt }).changes > 0;
      const row = q.get.get(id);
      if (!row) return undefined;
      return written ? { ok: true, letter: letterOf(row) } : { ok: false, stale: letterOf(row) };
    },
    async delete(id) {
      q.delete.run(id);
    },
    async close() {
      db.close();
    },
  };
}
