import Database from 'better-sqlite3';
import { defaultExportSettings } from '../../../shared/export/exportSettings';
import { type ExportSettingsStore, readStoredExportSettings, storedExportSettings } from './exportSettingsStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS export_settings (
  collective_id TEXT PRIMARY KEY,
  settings TEXT NOT NULL
);
`;

/** Export settings in the same SQLite file as the rest (its own connection, WAL), as JSON. */
export function createSqliteExportSettingsStore(filename: string): ExportSettingsStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const select = db.prepare<[string], { settings: string }>('SELECT settings FROM export_settings WHERE collective_id = ?');
  const upsert = db.prepare(
    `INSERT INTO export_settings (collective_id, settings) VALUES (?, ?)
     ON CONFLICT(collective_id) DO UPDATE SET settings = excluded.settings`,
  );

  return {
    async get(collectiveId) {
      const row = select.get(collectiveId);
      return row ? readStoredExportSettings(row.settings) : defaultExportSettings();
    },
    async save(collectiveId, settings) {
      upsert.run(collectiveId, storedExportSettings(settings));
    },
    async close() {
      db.close();
    },
  };
}
