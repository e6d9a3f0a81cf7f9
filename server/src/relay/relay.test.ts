import Database from 'better-sqlite3';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyText, appendToBody } from '../testing/bodyText';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { MessageType, SyncType } from '../../../shared/protocol/messages';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { openRawSocket } from '../testing/rawSocket';
import { type TestServer, startTestServer } from '../testing/testServer';
import { encodeUpdate } from './frames';

/** Reads a document's text straight from the SQLite file, as a restarted server would. */
function textInDatabase(dbFile: string, documentId: string): string {
  const db = new Database(dbFile, { readonly: true });
  try {
    const doc = new Y.Doc();
    const row = db.prepare('SELECT state FROM documents WHERE id = ?').get(documentId) as { state: Buffer | null };
    if (row.state) Y.applyUpdate(doc, row.state);
    const updates = db
      .prepare('SELECT data FROM document_updates WHERE document_id = ? ORDER BY seq')
      .all(documentId) as Array<{ data: Buffer }>;
    for (const { data } of updates) Y.applyUpdate(doc, data);
    return bodyText(doc);
  } finally {
    db.close();
  }
}

const updateFrameFor = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  appendToBody(doc, text);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
};

describe('relay', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const client = (id: string) => {
    const c = connectClient(server.collabUrl, id, server.admin.token);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('R1: two stock y-websocket clients converge', async () => {
    const id = await server.createDocument();
    const alice = client(id);
    const bob = client(id);
    await Promise.all([synced(alice), synced(bob)]);
    alice.type('Amicale du Nid : ');
    bob.type('Hors la Rue : ');
    await eventually(() => {
      expect(alice.text()).toBe(bob.text());
      expect(alice.text()).toContain('Amicale du Nid : ');
      expect(alice.text()).toContain('Hors la Rue : ');
    });
  });

  it('R1: a client joining later receives the full text', async () => {
    const id = await server.createDocument();
    const alice = client(id);
    await synced(alice);
    alice.type('I- Actualités des associations. ');
    alice.type('II- Éléments d’information.');
    await eventually(() => expect(textInDatabase(server.dbFile, id)).toContain('II-'));
    const carol = client(id);
    await synced(carol);
    expect(carol.text()).toBe('I- Actualités des associations. II- Éléments d’information.');
  });

  it('R3: an update is stored before any other client sees it', async () => {
    const id = await server.createDocument();
    const alice = client(id);
    const bob = client(id);
    await Promise.all([synced(alice), synced(bob)]);
    const seenInDatabase: string[] = [];
    bob.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === bob.provider) seenInDatabase.push(textInDatabase(server.dbFile, id));
    });
    alice.type('Durable avant visible');
    await eventually(() => expect(bob.text()).toBe('Durable avant visible'));
    expect(seenInDatabase).toEqual(['Durable avant visible']);
  });

  it('R4: the sender receives its own update back (acknowledgement)', async () => {
    const id = await server.createDocument();
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    const frame = updateFrameFor('écho');
    raw.send(frame);
    await eventually(() =>
      expect(raw.frames.some((f) => f[0] === MessageType.sync && f[1] === SyncType.update)).toBe(true),
    );
    raw.socket.close();
  });

  it('R5: awareness is shared, queryAwareness answered, and removed when a connection closes', async () => {
    const id = await server.createDocument();
    const alice = client(id);
    const bob = client(id);
    await Promise.all([synced(alice), synced(bob)]);
    alice.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    // Presence shows the account that opened the connection (R22).
    await eventually(() =>
      expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toMatchObject({
        cursor: { anchor: 1 },
        user: { name: server.admin.user.name },
      }),
    );

    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    const query = encoding.createEncoder();
    encoding.writeVarUint(query, MessageType.queryAwareness);
    raw.send(encoding.toUint8Array(query));
    await eventually(() => expect(raw.frames.filter((f) => f[0] === MessageType.awareness).length).toBeGreaterThan(0));
    raw.socket.close();

    alice.destroy();
    await eventually(() => expect(bob.provider.awareness.getStates().has(alice.doc.clientID)).toBe(false));
  });

  it('R6: a malformed frame closes only its connection and never reaches storage', async () => {
    const id = await server.createDocument();
    const alice = client(id);
    const bob = client(id);
    await Promise.all([synced(alice), synced(bob)]);

    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    const valid = updateFrameFor('INJECTÉ');
    raw.send(valid.subarray(0, valid.length - 4));
    expect((await raw.closed).code).toBe(CloseCode.malformedFrame);

    const garbage = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await garbage.opened;
    garbage.send(new Uint8Array([0, 2, 200, 1, 7, 7, 7]));
    expect((await garbage.closed).code).toBe(CloseCode.malformedFrame);

    alice.type('On continue.');
    await eventually(() => expect(bob.text()).toBe('On continue.'));
    expect(textInDatabase(server.dbFile, id)).toBe('On continue.');
    expect(alice.provider.wsconnected && bob.provider.wsconnected).toBe(true);
  });

  it('R6: a text frame closes its connection', async () => {
    const id = await server.createDocument();
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    raw.socket.send('bonjour');
    expect((await raw.closed).code).toBe(CloseCode.malformedFrame);
  });

  it('R8: an unknown message type is ignored and the connection keeps working', async () => {
    const id = await server.createDocument();
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    raw.send(new Uint8Array([42, 1, 2, 3]));
    raw.send(updateFrameFor('toujours là'));
    await eventually(() => expect(textInDatabase(server.dbFile, id)).toBe('toujours là'));
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it('R9: an unknown document id is refused before any document byte is sent', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'pas-un-identifiant']) {
      const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
      const { code } = await raw.closed;
      expect(code).toBe(CloseCode.unknownDocument);
      expect(raw.frames).toEqual([]);
    }
  });

  it('R11: the last connection leaving unloads the document and compacts its log', async () => {
    const id = await server.createDocument();
    const alice = client(id);
    await synced(alice);
    for (let i = 0; i < 10; i++) alice.type(`${i} `);
    await eventually(() => expect(textInDatabase(server.dbFile, id)).toBe('0 1 2 3 4 5 6 7 8 9 '));
    alice.destroy();
    await eventually(async () => expect(await server.store.pendingUpdates(id)).toBe(0));
    expect(textInDatabase(server.dbFile, id)).toBe('0 1 2 3 4 5 6 7 8 9 ');
    const again = client(id);
    await synced(again);
    expect(again.text()).toBe('0 1 2 3 4 5 6 7 8 9 ');
  });
});

describe('relay limits', () => {
  it('R7: a frame over the configured maximum closes with 1009', async () => {
    const server = await startTestServer({ maxFrameBytes: 4096 });
    try {
      const id = await server.createDocument();
      const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
      await raw.opened;
      raw.send(updateFrameFor('x'.repeat(10_000)));
      expect((await raw.closed).code).toBe(CloseCode.messageTooBig);
      expect(textInDatabase(server.dbFile, id)).toBe('');
    } finally {
      await server.close();
    }
  });

  it('R12: compaction while people type loses nothing', async () => {
    const server = await startTestServer({ compactAfterUpdates: 5 });
    const alice = connectClient(server.collabUrl, await server.createDocument(), server.admin.token);
    try {
      await synced(alice);
      const expected: string[] = [];
      for (let i = 0; i < 60; i++) {
        alice.type(`${i},`);
        expected.push(`${i},`);
        if (i % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const id = alice.provider.roomname;
      await eventually(() => expect(textInDatabase(server.dbFile, id)).toBe(expected.join('')));
      // Compaction waits for a pause in the typing, then folds the whole log (R12).
      await eventually(async () => expect(await server.store.pendingUpdates(id)).toBe(0), 10_000);
      expect(textInDatabase(server.dbFile, id)).toBe(expected.join(''));
    } finally {
      alice.destroy();
      await server.close();
    }
  });
});
