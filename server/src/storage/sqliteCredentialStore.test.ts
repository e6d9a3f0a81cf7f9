import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { credentialStoreContract } from './credentialStoreContract';
import { createSqliteCredentialStore } from './sqliteCredentialStore';

credentialStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-credentials-'));
  const file = join(dir, 'minutier.sqlite');
  return {
    store: createSqliteCredentialStore(file),
    close: async () => rmSync(dir, { recursive: true, force: true }),
    async dumpTables() {
      const db = new Database(file, { readonly: true });
      try {
        return JSON.stringify(['sessions', 'api_tokens', 'one_time_links'].map((table) => db.prepare(`SELECT * FROM ${table}`).all()));
      } finally {
        db.close();
      }
    },
  };
});
