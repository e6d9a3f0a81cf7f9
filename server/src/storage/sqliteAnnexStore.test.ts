import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnexRecord } from './annexStore';
import { createSqliteAnnexStore } from './sqliteAnnexStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-annexes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const annex = (id: string, documentId = 'cr-1'): AnnexRecord => ({
  id,
  documentId,
  name: `${id}.pdf`,
  mediaType: 'application/pdf',
  size: 1234,
  sha256: 'a'.repeat(64),
  uploadedBy: 'user-1',
  uploadedAt: '2026-12-07T10:00:00.000Z',
});

describe('sqlite annex store', () => {
  it('lists a document’s annexes oldest first, and reads another document’s annex as unknown', async () => {
    const store = createSqliteAnnexStore(join(dir, 'list.sqlite'));
    await store.add(annex('b'));
    await store.add(annex('a'));
    await store.add(annex('other', 'cr-2'));
    expect((await store.list('cr-1')).map((a) => a.id)).toEqual(['b', 'a']);
    expect(await store.get('cr-1', 'a')).toEqual(annex('a'));
    expect(await store.get('cr-1', 'other')).toBeUndefined();
    expect(await store.remove('cr-1', 'other')).toBe(false);
    expect(await store.remove('cr-1', 'a')).toBe(true);
    expect((await store.list('cr-1')).map((a) => a.id)).toEqual(['b']);
    await store.forgetDocument('cr-1');
    expect(await store.list('cr-1')).toEqual([]);
    expect(await store.list('cr-2')).toHaveLength(1);
    await store.close();
  });

  it('adds its table to a database created before annexes, and keeps the rows across restarts', async () => {
    const file = join(dir, 'older.sqlite');
    const older = new Database(file);
    older.exec('CREATE TABLE documents (id TEXT PRIMARY KEY)');
    older.close();
    const first = createSqliteAnnexStore(file);
    await first.add(annex('kept'));
    await first.close();
    const second = createSqliteAnnexStore(file);
    expect((await second.list('cr-1')).map((a) => a.id)).toEqual(['kept']);
    await second.close();
  });
});
