import type pg from 'pg';
import { defaultExportSettings } from '../../../../shared/export/exportSettings';
import { type ExportSettingsStore, readStoredExportSettings, storedExportSettings } from '../exportSettingsStore';

/** Each collective's export settings in PostgreSQL (issue 18), JSON as in SQLite. */
export function createPgExportSettingsStore(pool: pg.Pool): ExportSettingsStore {
  return {
    async get(collectiveId) {
      const { rows } = await pool.query<{ settings: string }>('SELECT settings FROM export_settings WHERE collective_id = $1', [collectiveId]);
      return rows[0] ? readStoredExportSettings(rows[0].settings) : defaultExportSettings();
    },
    async save(collectiveId, settings) {
      await pool.query(
        `INSERT INTO export_settings (collective_id, settings) VALUES ($1, $2)
         ON CONFLICT (collective_id) DO UPDATE SET settings = excluded.settings`,
        [collectiveId, storedExportSettings(settings)],
      );
    },
    // The pool is the server's, shared by every store: it ends it once.
    async close() {},
  };
}
