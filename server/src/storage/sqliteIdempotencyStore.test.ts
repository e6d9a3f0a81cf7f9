import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { IdempotencyStore } from './idempotencyStore';
import { idempotencyStoreContract } from './idempotencyStoreContract';
import { createSqliteIdempotencyStore } from './sqliteIdempotencyStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-idempotency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

idempotencyStoreContract('SQLite', async () => {
  const file = join(dir, `minutier-${files++}.sqlite`);
  const opened: IdempotencyStore[] = [];
  return {
    async open(limits, now) {
      const store = createSqliteIdempotencyStore(file, limits, now);
      opened.push(store);
      return store;
    },
    async close() {
      // A store the test closed itself (a restart) is closed again harmlessly.
      for (const store of opened) await store.close();
    },
  };
});
