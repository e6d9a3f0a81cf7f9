import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SendingRecord } from './sendingStore';
import { sendingStoreContract } from './sendingStoreContract';
import { createSqliteSendingStore } from './sqliteSendingStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-sendings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
sendingStoreContract('SQLite', async () => {
  const file = join(dir, `contract-${files++}.sqlite`);
  return { open: async () => createSqliteSendingStore(file), dispose: async () => undefined };
});

const sending = (id: string): SendingRecord => ({
  id,
  documentId: 'cr-1',
  channel: 'email',
  addressee: 'Ministère de l’Intérieur',
  recipients: [{ email: 'cabinet@exemple.gouv.fr', name: 'Cabinet' }],
  files: [{ name: '2014-03-03-compte-rendu.pdf', size: 1234, sha256: 'a'.repeat(64) }],
  letterId: null,
  messageId: '<1@exemple.org>',
  sentBy: 'user-1',
  sentAt: '2026-12-07T10:00:00.000Z',
});

describe('sqlite sending store (D4)', () => {
  it('D4: adds its table to a database created before sendings', async () => {
    const file = join(dir, 'older.sqlite');
    const older = new Database(file);
    older.exec('CREATE TABLE documents (id TEXT PRIMARY KEY)');
    older.close();
    const store = createSqliteSendingStore(file);
    await store.add(sending('kept'));
    expect((await store.list('cr-1')).map((s) => s.id)).toEqual(['kept']);
    await store.close();
  });

  it('L8: opens a sendings table from before letters with none, and keeps the cover letter of a new sending', async () => {
    const file = join(dir, 'before-letters.sqlite');
    const older = new Database(file);
    older.exec(`CREATE TABLE sendings (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, document_id TEXT NOT NULL,
      channel TEXT NOT NULL, addressee TEXT NOT NULL, recipients TEXT NOT NULL, files TEXT NOT NULL, message_id TEXT,
      sent_by TEXT NOT NULL, sent_at TEXT NOT NULL)`);
    older
      .prepare(`INSERT INTO sendings (id, document_id, channel, addressee, recipients, files, sent_by, sent_at) VALUES ('old', 'cr-1', 'outside', 'Cabinet', '[]', '[]', 'u', 'x')`)
      .run();
    older.close();
    const store = createSqliteSendingStore(file);
    await store.add({ ...sending('with-letter'), letterId: 'lettre-1' });
    expect((await store.list('cr-1')).map((s) => [s.id, s.letterId])).toEqual([
      ['old', null],
      ['with-letter', 'lettre-1'],
    ]);
    await store.close();
  });
});
