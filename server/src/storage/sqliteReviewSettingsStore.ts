import Database from 'better-sqlite3';
import { defaultReviewSettings } from '../../../shared/api/reviewSettings';
import { type ReviewSettingsStore, readStoredReviewSettings, storedReviewSettings } from './reviewSettingsStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS review_settings (
  collective_id TEXT PRIMARY KEY,
  settings TEXT NOT NULL
);
`;

/** Review settings in the same SQLite file as the rest (its own connection, WAL), as JSON. */
export function createSqliteReviewSettingsStore(filename: string): ReviewSettingsStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const select = db.prepare<[string], { settings: string }>('SELECT settings FROM review_settings WHERE collective_id = ?');
  const upsert = db.prepare(
    `INSERT INTO review_settings (collective_id, settings) VALUES (?, ?)
     ON CONFLICT(collective_id) DO UPDATE SET settings = excluded.settings`,
  );

  return {
    async get(collectiveId) {
      const row = select.get(collectiveId);
      return row ? readStoredReviewSettings(row.settings) : defaultReviewSettings();
    },
    async save(collectiveId, settings) {
      upsert.run(collectiveId, storedReviewSettings(settings));
    },
    async close() {
      db.close();
    },
  };
}
