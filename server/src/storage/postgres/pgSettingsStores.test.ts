import type pg from 'pg';
import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { type SettingsStore, settingsStoreContract } from '../settingsStoreContract';
import { exportSettingsSamples, reviewSettingsSamples } from '../settingsStoreSamples';
import { reviewMigration } from './migrations/003_review';
import { createPgExportSettingsStore } from './pgExportSettingsStore';
import { createPgReviewSettingsStore } from './pgReviewSettingsStore';

/** A store on a fresh schema, and a way to write its table as an older version did. */
function opener<T>(create: (pool: pg.Pool) => SettingsStore<T>, table: 'export_settings' | 'review_settings') {
  return async () => {
    const database = await createPgStoreDatabase([reviewMigration], (pool) => ({ store: create(pool), pool }));
    const { store, pool } = await database.open();
    return {
      store,
      async writeStored(collectiveId: string, json: string) {
        await pool.query(
          `INSERT INTO ${table} (collective_id, settings) VALUES ($1, $2) ON CONFLICT (collective_id) DO UPDATE SET settings = excluded.settings`,
          [collectiveId, json],
        );
      },
      close: async () => (await store.close(), database.dispose()),
    };
  };
}

settingsStoreContract('PostgreSQL export settings', exportSettingsSamples, opener(createPgExportSettingsStore, 'export_settings'));
settingsStoreContract('PostgreSQL review settings', reviewSettingsSamples, opener(createPgReviewSettingsStore, 'review_settings'));
