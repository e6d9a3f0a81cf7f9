import type pg from 'pg';
import { defaultReviewSettings } from '../../../../shared/api/reviewSettings';
import { type ReviewSettingsStore, readStoredReviewSettings, storedReviewSettings } from '../reviewSettingsStore';

/** Each collective's review settings in PostgreSQL (issue 18), JSON as in SQLite. */
export function createPgReviewSettingsStore(pool: pg.Pool): ReviewSettingsStore {
  return {
    async get(collectiveId) {
      const { rows } = await pool.query<{ settings: string }>('SELECT settings FROM review_settings WHERE collective_id = $1', [collectiveId]);
      return rows[0] ? readStoredReviewSettings(rows[0].settings) : defaultReviewSettings();
    },
    async save(collectiveId, settings) {
      await pool.query(
        `INSERT INTO review_settings (collective_id, settings) VALUES ($1, $2)
         ON CONFLICT (collective_id) DO UPDATE SET settings = excluded.settings`,
        [collectiveId, storedReviewSettings(settings)],
      );
    },
    // The pool is the server's, shared by every store: it ends it once.
    async close() {},
  };
}
