import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { letterStoreContract } from './letterStoreContract';
import { createSqliteLetterStore } from './sqliteLetterStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-letters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
letterStoreContract('SQLite', async () => {
  const file = join(dir, `contract-${files++}.sqlite`);
  return { open: async () => createSqliteLetterStore(file), dispose: async () => undefined };
});
