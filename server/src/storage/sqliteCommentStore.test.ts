import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { commentStoreContract } from './commentStoreContract';
import { createSqliteCommentStore } from './sqliteCommentStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-comments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

commentStoreContract('SQLite', async () => {
  const store = createSqliteCommentStore(join(dir, `comments-${files++}.sqlite`));
  return { store, close: () => store.close() };
});
