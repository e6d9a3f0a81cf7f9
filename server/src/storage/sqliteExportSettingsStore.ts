import Database from 'better-sqlite3';
import { defaultExportSettings, exportSettingsSchema } from '../../../shared/export/exportSettings';
import type { ExportSettingsStore } from './exportSettingsStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS export_settings (
  collective_id TEXT PRIMARY KEY,
  settings TEXT NOT NULL
);
`;

/**
 * Export settings in the same SQLite file as the rest (its own connection, WAL). Stored as
 * JSON: the settings are read and written whole, and a new switch needs no migration.
 */
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
      if (!row) return defaultExportSettings();
      // A row written by an older version may lack a newer switch: the defaults fill it in.
      const stored = exportSettingsSchema.safeParse(mergeDefaults(JSON.parse(row.settings)));
      return stored.success ? stored.data : defaultExportSettings();
    },
    async save(collectiveId, settings) {
      upsert.run(collectiveId, JSON.stringify(exportSettingsSchema.parse(settings)));
    },
    async close() {
      db.close();
    },
  };
}

function mergeDefaults(stored: unknown): unknown {
  const defaults = defaultExportSettings();
  if (typeof stored !== 'object' || stored === null) return defaults;
  const value = stored as { profiles?: Record<string, object>; readersExternalOnly?: unknown };
  return {
    readersExternalOnly: value.readersExternalOnly ?? defaults.readersExternalOnly,
    profiles: {
      internal: { ...defaults.profiles.internal, ...value.profiles?.internal },
      external: { ...defaults.profiles.external, ...value.profiles?.external },
    },
  };
}
