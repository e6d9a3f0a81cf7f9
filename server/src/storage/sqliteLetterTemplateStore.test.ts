import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { letterTemplateStoreContract } from './letterTemplateStoreContract';
import { createSqliteLetterTemplateStore } from './sqliteLetterTemplateStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-letter-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
letterTemplateStoreContract('SQLite', async () => {
  const file = join(dir, `contract-${files++}.sqlite`);
  return { open: async () => createSqliteLetterTemplateStore(file), dispose: async () => undefined };
});

describe('sqlite letter template store (L6)', () => {
  it('L6: a stored template that no longer fits the schema reads as none, so the default replaces it', async () => {
    const file = join(dir, 'broken.sqlite');
    const store = createSqliteLetterTemplateStore(file);
    const db = new Database(file);
    db.prepare('INSERT INTO letter_templates (collective_id, template) VALUES (?, ?)').run('a', JSON.stringify({ place: 3 }));
    db.close();
    expect(await store.get('a')).toBeUndefined();
    await store.close();
  });
});
