import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentStoreContract } from './documentStoreContract';
import { createSqliteStore } from './sqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

documentStoreContract('sqlite', async () => createSqliteStore({ filename: join(dir, `contract-${n++}.sqlite`) }));

describe('sqliteStore', () => {
  it('keeps documents in its file across a reopen', async () => {
    const filename = join(dir, 'reopen.sqlite');
    const author = new Y.Doc();
    author.getText('t').insert(0, 'Compte-rendu');
    const first = createSqliteStore({ filename });
    await first.create(
      { id: 'a', collectiveId: 'c', title: 'T', meetingDate: null, createdAt: 'x', updatedAt: 'x', status: 'draft', validation: null },
      Y.encodeStateAsUpdate(author),
    );
    await first.close();

    const second = createSqliteStore({ filename });
    const stored = await second.load('a');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored!.state!);
    expect(doc.getText('t').toString()).toBe('Compte-rendu');
    await second.close();
  });

  it('M8: a database made before series opens with every document in its collective’s plenary, nothing lost', async () => {
    const filename = join(dir, 'before-series.sqlite');
    const author = new Y.Doc();
    author.getText('t').insert(0, 'Compte-rendu d’avant les séries');
    const state = Y.encodeStateAsUpdate(author);
    // The documents table exactly as the code before series created it.
    const old = new Database(filename);
    old.exec(`
      CREATE TABLE documents (id TEXT PRIMARY KEY, collective_id TEXT NOT NULL, title TEXT NOT NULL, meeting_date TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft', validation TEXT, state BLOB, state_vector BLOB,
        state_version INTEGER NOT NULL DEFAULT 0, state_checked INTEGER NOT NULL DEFAULT 0, log_floor INTEGER NOT NULL DEFAULT 0);
      CREATE INDEX documents_by_collective ON documents(collective_id, updated_at);`);
    const validation = JSON.stringify({ meetingDate: '2014-01-31', note: null, versionId: 'v1', validatedAt: 'x', validatedBy: 'u' });
    old.prepare(
      `INSERT INTO documents (id, collective_id, title, meeting_date, created_at, updated_at, status, validation, state, state_vector)
       VALUES (?, ?, ?, ?, 'x', 'x', ?, ?, ?, ?)`,
    ).run('a', 'c1', 'Réunion du 22 novembre 2013', '2013-11-22', 'validated', validation, Buffer.from(state), Buffer.from(Y.encodeStateVector(author)));
    old.prepare(`INSERT INTO documents (id, collective_id, title, created_at, updated_at) VALUES ('b', 'c2', 'Brouillon', 'x', 'x')`).run();
    old.close();

    const store = createSqliteStore({ filename });
    const [plenary1] = await store.listSeries('c1');
    const [plenary2] = await store.listSeries('c2');
    expect(await store.get('a')).toMatchObject({
      seriesId: plenary1!.id,
      title: 'Réunion du 22 novembre 2013',
      meetingDate: '2013-11-22',
      status: 'validated',
      validation: JSON.parse(validation),
    });
    expect((await store.get('b'))!.seriesId).toBe(plenary2!.id);
    // L1: the `kind` column is added too, and every older document stays a listed compte-rendu.
    expect((await store.list('c1')).map((listed) => [listed.id, listed.kind])).toEqual([['a', undefined]]);
    // R29: and `epoch`, at 1 for every older document, validated or not.
    expect([(await store.get('a'))!.epoch, (await store.get('b'))!.epoch]).toEqual([1, 1]);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, (await store.load('a'))!.state!);
    expect(reloaded.getText('t').toString()).toBe('Compte-rendu d’avant les séries');
    await store.close();
    // Opening again migrates nothing twice.
    const again = createSqliteStore({ filename });
    expect((await again.get('a'))!.seriesId).toBe(plenary1!.id);
    await again.close();
  });

  it('moves a log kept in the first layout (rowid table, AUTOINCREMENT) into the clustered one, order kept', async () => {
    const filename = join(dir, 'first-layout.sqlite');
    const texts = (doc: Y.Doc) => doc.getText('t').toString();
    const updates = new Map<string, Uint8Array[]>([['a', []], ['b', []]]);
    const authors = new Map([['a', new Y.Doc()], ['b', new Y.Doc()]]);
    for (const [id, author] of authors) author.on('update', (update: Uint8Array) => updates.get(id)!.push(update));
    for (let i = 0; i < 5; i++) for (const author of authors.values()) author.getText('t').insert(i, String(i));
    const old = new Database(filename);
    old.exec(`
      CREATE TABLE documents (id TEXT PRIMARY KEY, collective_id TEXT NOT NULL, title TEXT NOT NULL, meeting_date TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft', validation TEXT, state BLOB, state_vector BLOB);
      CREATE TABLE document_updates (document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB NOT NULL);
      CREATE INDEX document_updates_by_document ON document_updates(document_id, seq);
      INSERT INTO documents (id, collective_id, title, created_at, updated_at) VALUES ('a', 'c', 'A', 'x', 'x'), ('b', 'c', 'B', 'x', 'x');`);
    const insert = old.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)');
    // Interleaved, as two documents typed at the same time would be.
    for (let i = 0; i < 5; i++) for (const id of ['a', 'b']) insert.run(id, updates.get(id)![i]);
    old.close();

    const store = createSqliteStore({ filename });
    const more = new Y.Doc();
    Y.applyUpdate(more, Y.encodeStateAsUpdate(authors.get('a')!));
    more.on('update', (update: Uint8Array) => void store.append('a', [update]));
    more.getText('t').insert(5, '!');
    for (const [id, author] of authors) {
      const reloaded = new Y.Doc();
      for (const update of (await store.load(id))!.updates) Y.applyUpdate(reloaded, update);
      expect(texts(reloaded)).toBe(id === 'a' ? '01234!' : texts(author));
    }
    expect(await store.pendingUpdates('a')).toBe(6);
    await store.close();

    const check = new Database(filename, { readonly: true });
    const tables = check.prepare("SELECT name, sql FROM sqlite_master WHERE name LIKE 'document_updates%'").all() as Array<{ name: string; sql: string }>;
    check.close();
    expect(tables.map((table) => table.name)).toEqual(['document_updates']);
    expect(tables[0]!.sql).toMatch(/WITHOUT ROWID/);
  });
});
