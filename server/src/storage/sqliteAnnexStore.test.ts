import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { annexStoreContract } from './annexStoreContract';
import { createSqliteAnnexStore } from './sqliteAnnexStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-annexes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
annexStoreContract('SQLite', async () => {
  const file = join(dir, `contract-${files++}.sqlite`);
  return { open: async () => createSqliteAnnexStore(file), dispose: async () => undefined };
});

describe('sqlite annex store', () => {
  it('adds its table to a database created before annexes', async () => {
    const file = join(dir, 'older.sqlite');
    const older = new Database(file);
    older.exec('CREATE TABLE documents (id TEXT PRIMARY KEY)');
    older.close();
    const store = createSqliteAnnexStore(file);
    await store.add({
      id: 'kept',
      documentId: 'cr-1',
      name: 'kept.pdf',
      mediaType: 'application/pdf',
      size: 1234,
      sha256: 'a'.repeat(64),
      uploadedBy: 'user-1',
      uploadedAt: '2026-12-07T10:00:00.000Z',
    });
    expect((await store.list('cr-1')).map((a) => a.id)).toEqual(['kept']);
    await store.close();
  });
});
