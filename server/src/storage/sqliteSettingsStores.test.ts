import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { type SettingsStore, settingsStoreContract } from './settingsStoreContract';
import { exportSettingsSamples, reviewSettingsSamples } from './settingsStoreSamples';
import { createSqliteExportSettingsStore } from './sqliteExportSettingsStore';
import { createSqliteReviewSettingsStore } from './sqliteReviewSettingsStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** A store on a fresh file, and a way to write its table as an older version did. */
function opener<T>(create: (file: string) => SettingsStore<T>, table: string) {
  return async () => {
    const file = join(dir, `settings-${files++}.sqlite`);
    const store = create(file);
    return {
      store,
      async writeStored(collectiveId: string, json: string) {
        const db = new Database(file);
        db.prepare(`INSERT OR REPLACE INTO ${table} (collective_id, settings) VALUES (?, ?)`).run(collectiveId, json);
        db.close();
      },
      close: () => store.close(),
    };
  };
}

settingsStoreContract('SQLite export settings', exportSettingsSamples, opener(createSqliteExportSettingsStore, 'export_settings'));
settingsStoreContract('SQLite review settings', reviewSettingsSamples, opener(createSqliteReviewSettingsStore, 'review_settings'));
