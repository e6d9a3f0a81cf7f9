import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MinutesDocument } from '../../../shared/api/minutes';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { poisons, writerOf } from '../testing/poisonedUpdates';
import { type TestServer, startTestServer } from '../testing/testServer';

/** The body as markup: text, marks and blocks. */
const bodyMarkup = (doc: Y.Doc): string => doc.getXmlFragment('default').toString();

describe('a database an older version left poisoned', () => {
  let server: TestServer | undefined;
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
  });

  const connect = async (id: string, held?: Uint8Array) => {
    const client = connectClient(server!.collabUrl, id, server!.admin.token);
    clients.push(client);
    // An editor that already held the document, before its socket opens.
    if (held) Y.applyUpdate(client.doc, held);
    await synced(client);
    return client;
  };

  /** Writes straight into SQLite, as the older version left it. */
  const sqlite = <T>(use: (db: Database.Database) => T): T => {
    const db = new Database(server!.dbFile);
    try {
      return use(db);
    } finally {
      db.close();
    }
  };

  /** A new compte-rendu, its stored state, and a writer whose first words make its paragraph. */
  const newDocument = async (words: string) => {
    const id = await server!.createDocument();
    const state = (await server!.store.load(id))!.state!;
    const writer = writerOf(state);
    const typed = writer.type(words);
    return { id, writer, typed, base: Y.mergeUpdates([state, typed]) };
  };

  const getMinutes = async (id: string) => {
    const response = await server!.api(`/api/minutes/${id}`);
    expect(response.status).toBe(200);
    return (await response.json()) as MinutesDocument;
  };

  it('R26: logged updates that do not load are set aside on open; the readable text stays, the API says it was repaired, clients converge', async () => {
    server = await startTestServer();
    const { id, writer, typed, base } = await newDocument('Texte lisible');
    const rows = [typed, poisons.unknownMark(base), poisons.pendingDependency(base), poisons.selfOrigin(), writer.type(' et la suite')];
    sqlite((db) => {
      const insert = db.prepare('INSERT INTO document_updates (document_id, seq, data) VALUES (?, ?, ?)');
      rows.forEach((row, index) => insert.run(id, index + 1, row));
    });

    const first = await connect(id);
    expect(first.text()).toBe('Texte lisible et la suite');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const quarantined = sqlite((db) => db.prepare('SELECT seq, reason, data FROM quarantined_updates WHERE document_id = ? ORDER BY seq').all(id));
    expect(quarantined).toEqual([
      { seq: 2, reason: 'an unknown mark', data: Buffer.from(rows[1]!) },
      { seq: 3, reason: 'missing dependencies', data: Buffer.from(rows[2]!) },
      { seq: 4, reason: 'an item refers to itself or to a later item', data: Buffer.from(rows[3]!) },
    ]);
    expect(await server.store.pendingUpdates(id)).toBe(0);

    const minutes = await getMinutes(id);
    expect(minutes.repaired).toMatchObject({ updates: 3 });
    expect(minutes.repaired!.message).toMatch(/^Ce compte-rendu a été réparé le \d{1,2} \S+ \d{4} : 3 modifications illisibles ont été mises de côté\.$/);
    expect(JSON.stringify(minutes.content)).toContain('Texte lisible et la suite');

    // The room works as usual, and a fresh client gets exactly what is stored.
    first.type(' !');
    const fresh = await connect(id);
    await eventually(() => expect(fresh.text()).toBe('Texte lisible et la suite !'));
    const { state, updates } = (await server.store.load(id))!;
    const stored = newModelDoc();
    for (const update of [state!, ...updates]) Y.applyUpdate(stored, update);
    expect(bodyMarkup(fresh.doc)).toBe(bodyMarkup(stored));
    expect(bodyMarkup(first.doc)).toBe(bodyMarkup(stored));
  });

  it('R26: a compacted state that does not load is set aside, what reads of it is kept, and an editor that held it converges', async () => {
    server = await startTestServer();
    const { id, base } = await newDocument('Reste lisible');
    const poisoned = Y.mergeUpdates([base, poisons.unknownMark(base), poisons.foreignRoot(base)]);
    sqlite((db) => db.prepare('UPDATE documents SET state = ?, state_vector = NULL, state_checked = 0 WHERE id = ?').run(poisoned, id));

    // Read through the API first: it opens the document as the relay does.
    const minutes = await getMinutes(id);
    expect(minutes.repaired).toMatchObject({ updates: 1 });
    expect(minutes.repaired!.message).toMatch(/: 1 modification illisible a été mise de côté\.$/);
    expect(JSON.stringify(minutes.content)).toContain('Reste lisible');
    expect(JSON.stringify(minutes.content)).not.toContain('script');
    expect(sqlite((db) => db.prepare('SELECT seq, data FROM quarantined_updates WHERE document_id = ?').all(id))).toEqual([
      { seq: null, data: Buffer.from(poisoned) },
    ]);

    const held = newModelDoc();
    Y.applyUpdate(held, poisoned);
    expect(bodyMarkup(held)).toContain('script');
    const editor = await connect(id, poisoned);
    const fresh = await connect(id);
    await eventually(() => expect(bodyMarkup(editor.doc)).toBe(bodyMarkup(fresh.doc)));
    expect(fresh.text()).toBe('Reste lisible');
    expect(bodyMarkup(fresh.doc)).not.toContain('script');
  });
});
