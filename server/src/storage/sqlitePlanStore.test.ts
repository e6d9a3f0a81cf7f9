import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { planStoreContract } from './planStoreContract';
import { createSqlitePlanStore } from './sqlitePlanStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-plans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

planStoreContract('SQLite', async () => {
  const store = createSqlitePlanStore(join(dir, `plans-${files++}.sqlite`));
  return { store, close: () => store.close() };
});
