import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SendingRecord } from './sendingStore';
import { createSqliteSendingStore } from './sqliteSendingStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-sendings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sending = (id: string, documentId = 'cr-1'): SendingRecord => ({
  id,
  documentId,
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
  it('lists a document’s sendings oldest first with their recipients and files, and forgets them with it', async () => {
    const store = createSqliteSendingStore(join(dir, 'list.sqlite'));
    await store.add(sending('b'));
    await store.add({ ...sending('a'), channel: 'outside', recipients: [], messageId: null });
    await store.add(sending('other', 'cr-2'));
    const listed = await store.list('cr-1');
    expect(listed.map((s) => s.id)).toEqual(['b', 'a']);
    expect(listed[0]).toEqual(sending('b'));
    expect(listed[1]).toMatchObject({ channel: 'outside', recipients: [], messageId: null });
    await store.forgetDocument('cr-1');
    expect(await store.list('cr-1')).toEqual([]);
    expect(await store.list('cr-2')).toHaveLength(1);
    await store.close();
  });

  it('adds its table to a database created before sendings, and keeps the rows across restarts', async () => {
    const file = join(dir, 'older.sqlite');
    const older = new Database(file);
    older.exec('CREATE TABLE documents (id TEXT PRIMARY KEY)');
    older.close();
    const first = createSqliteSendingStore(file);
    await first.add(sending('kept'));
    await first.close();
    const second = createSqliteSendingStore(file);
    expect((await second.list('cr-1')).map((s) => s.id)).toEqual(['kept']);
    await second.close();
  });

  it('L8: keeps the cover letter a sending carried, and opens a sendings table from before letters with none', async () => {
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
