import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { reviewStoreContract } from './reviewStoreContract';
import { createSqliteReviewStore } from './sqliteReviewStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

reviewStoreContract('SQLite', async () => {
  const store = createSqliteReviewStore(join(dir, `review-${files++}.sqlite`));
  return { store, close: () => store.close() };
});
