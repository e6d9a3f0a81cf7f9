import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MinutesDocument } from '../../../shared/api/minutes';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { appendToBody, bodyText } from '../testing/bodyText';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { type RawSocket, openRawSocket } from '../testing/rawSocket';
import { type TestServer, startTestServer } from '../testing/testServer';
import { encodeSyncStep2, encodeUpdate } from './frames';

describe('R29: an offline copy from an older epoch is refused', () => {
  let server: TestServer;
  let id: string;
  const clients: CollabClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
    id = await server.createDocument('Réunion du 17 février 2014');
    const author = connectClient(server.collabUrl, id, server.admin.token);
    clients.push(author);
    await synced(author);
    author.type('Ordre du jour adopté.');
    await eventually(async () => expect(await storedText()).toBe('Ordre du jour adopté.'));
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  const storedText = async (): Promise<string> => {
    const stored = (await server.store.load(id))!;
    const doc = new Y.Doc({ gc: false });
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return bodyText(doc);
  };
  const epochNow = async () => ((await (await server.api(`/api/minutes/${id}`)).json()) as MinutesDocument).epoch;

  /** The browser's copy as it is stored now, with its epoch, as read by `GET /api/minutes/:id` then. */
  const offlineCopy = async () => {
    const epoch = await epochNow();
    const doc = new Y.Doc({ gc: false });
    const stored = (await server.store.load(id))!;
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return { doc, epoch };
  };

  /** Connects the copy as a reconnecting browser does: what was typed offline, then its answer to the sync step 1. */
  const reconnect = (copy: Y.Doc, typed: string, params: Record<string, string>): RawSocket => {
    const before = Y.encodeStateVector(copy);
    appendToBody(copy, typed);
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token, ...params });
    raw.socket.once('open', () => {
      raw.send(encodeUpdate(Y.encodeStateAsUpdate(copy, before)));
      raw.send(encodeSyncStep2(Y.encodeStateAsUpdate(copy)));
    });
    return raw;
  };

  const restoreFirstVersion = async () => {
    const version = (await (await server.api(`/api/minutes/${id}/versions`, { body: { label: 'Avant' } })).json()) as { id: string };
    clients[0]!.type(' Paragraphe retiré ensuite.');
    await eventually(async () => expect(await storedText()).toContain('retiré'));
    expect((await server.api(`/api/minutes/${id}/versions/${version.id}/restore`, { method: 'POST' })).status).toBe(201);
  };

  it('a copy of the current epoch syncs and what it typed offline is stored', async () => {
    const copy = await offlineCopy();
    expect(copy.epoch).toBe(1);
    const raw = reconnect(copy.doc, ' Tapé hors ligne.', { epoch: String(copy.epoch) });
    await eventually(() => expect(raw.frames.length).toBeGreaterThan(0));
    await eventually(async () => expect(await storedText()).toBe('Ordre du jour adopté. Tapé hors ligne.'));
    raw.socket.close();
  });

  it('W15: after a restore, a copy from before is closed with 4409 before any sync byte, and nothing it typed is stored', async () => {
    const copy = await offlineCopy();
    await restoreFirstVersion();
    expect(await epochNow()).toBe(copy.epoch + 1);
    const raw = reconnect(copy.doc, ' Tapé hors ligne.', { epoch: String(copy.epoch) });
    expect((await raw.closed).code).toBe(CloseCode.staleCopy);
    expect(raw.frames).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await storedText()).toBe('Ordre du jour adopté.');
    // A copy taken after the restore carries the new epoch and syncs.
    const fresh = await offlineCopy();
    const accepted = reconnect(fresh.doc, ' Après la restauration.', { epoch: String(fresh.epoch) });
    await eventually(async () => expect(await storedText()).toBe('Ordre du jour adopté. Après la restauration.'));
    accepted.socket.close();
  });

  it('the epoch is read from the store at each connection: one bumped elsewhere refuses the copy while the room is open', async () => {
    const copy = await offlineCopy();
    // What a validation or a restore on another instance does to the shared database.
    await server.store.bumpEpoch(id);
    const raw = reconnect(copy.doc, ' Tapé hors ligne.', { epoch: String(copy.epoch) });
    expect((await raw.closed).code).toBe(CloseCode.staleCopy);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await storedText()).toBe('Ordre du jour adopté.');
  });

  it('an epoch that is not a positive integer is refused as malformed', async () => {
    for (const garbage of ['abc', '0', '-1', '1.5', '01', '', '1e3']) {
      const copy = await offlineCopy();
      const raw = reconnect(copy.doc, ` ${garbage || 'vide'}`, { epoch: garbage });
      expect({ garbage, code: (await raw.closed).code }).toEqual({ garbage, code: CloseCode.malformedFrame });
      expect(raw.frames).toEqual([]);
    }
    expect(await storedText()).toBe('Ordre du jour adopté.');
  });

  it('a connection declaring no epoch syncs as before, after a restore too (stock clients)', async () => {
    await restoreFirstVersion();
    const copy = await offlineCopy();
    const raw = reconnect(copy.doc, ' Sans époque.', {});
    await eventually(async () => expect(await storedText()).toBe('Ordre du jour adopté. Sans époque.'));
    raw.socket.close();
  });

  it('a user without access to the document learns nothing of its epoch (4404)', async () => {
    const elsewhere = await server.createCollective('Autre collectif');
    const outsider = await server.createUser('coordination', { collectiveId: elsewhere });
    const raw = openRawSocket(server.collabUrl, id, { token: outsider.token, epoch: '1' });
    expect((await raw.closed).code).toBe(CloseCode.unknownDocument);
  });
});
