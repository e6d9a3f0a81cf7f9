import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndexContract } from './searchIndexContract';
import { createSqliteSearchIndex } from './sqliteSearchIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

searchIndexContract('sqlite', async () => createSqliteSearchIndex(join(dir, `contract-${n++}.sqlite`)));

describe('sqlite search index of an older shape (SPEC Q3, Q7)', () => {
  it('Q3: tables made before the series column are dropped at open, leaving no version, so the start-up rebuild fills them', async () => {
    const filename = join(dir, 'version-1.sqlite');
    const old = new Database(filename);
    old.exec(`CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO search_meta (key, value) VALUES ('version', '1');
      CREATE TABLE search_documents (document_id TEXT PRIMARY KEY, collective_id TEXT NOT NULL, title TEXT NOT NULL, meeting_date TEXT, status TEXT NOT NULL);
      INSERT INTO search_documents VALUES ('a', 'collectif', 'Réunion', NULL, 'draft');`);
    old.close();
    const index = createSqliteSearchIndex(filename);
    try {
      expect(await index.storedVersion()).toBeUndefined();
      expect(await index.indexedDocumentIds()).toEqual(new Set());
      await index.index({ id: 'b', collectiveId: 'collectif', seriesId: 'pleniere', title: 'Réunion', meetingDate: null, status: 'draft', passages: [] });
      expect(await index.indexedDocumentIds()).toEqual(new Set(['b']));
    } finally {
      await index.close();
    }
  });
});
