import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { appendToBody, bodyText } from '../testing/bodyText';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { openRawSocket } from '../testing/rawSocket';
import { type TestServer, startTestServer } from '../testing/testServer';
import { encodeSyncStep2, encodeUpdate } from './frames';
import { AHEAD_OF_SYNC_LIMITS } from './updatesAheadOfSync';

/** A writer's typing in two parts: what the relay has not seen, and what builds on it. */
function typingInTwoParts(): { first: Uint8Array; second: Uint8Array } {
  const doc = new Y.Doc({ gc: false });
  appendToBody(doc, 'Tapé hors ligne.');
  const first = Y.encodeStateAsUpdate(doc);
  const before = Y.encodeStateVector(doc);
  appendToBody(doc, ' Puis en ligne.');
  return { first, second: Y.encodeStateAsUpdate(doc, before) };
}

describe('updates sent ahead of the sync step 2 (R27)', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];

  const start = async (options: { heartbeatMs?: number } = {}) => {
    server = await startTestServer(options);
    return server.createDocument();
  };
  const storedText = async (id: string) =>
    JSON.stringify(((await (await server.api(`/api/minutes/${id}`)).json()) as { content: unknown }).content);

  beforeEach(() => {
    clients.splice(0);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('R27: a stock client that typed offline and types again the moment its socket opens loses nothing and stays connected', async () => {
    const id = await start();
    const writer = connectClient(server.collabUrl, id, server.admin.token);
    const watcher = connectClient(server.collabUrl, id, server.admin.token);
    clients.push(writer, watcher);
    await Promise.all([synced(writer), synced(watcher)]);
    writer.provider.disconnect();
    writer.type('Tapé hors ligne.');
    const closes: number[] = [];
    writer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    // The next keystroke leaves as soon as the socket opens: before the step 2 that carries the offline typing.
    const typeOnOpen = ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      writer.provider.off('status', typeOnOpen);
      writer.type(' Puis en ligne.');
    };
    writer.provider.on('status', typeOnOpen);
    writer.provider.connect();

    await eventually(() => expect(watcher.text()).toBe('Tapé hors ligne. Puis en ligne.'));
    await eventually(async () => expect(await storedText(id)).toContain('Tapé hors ligne. Puis en ligne.'));
    expect(closes).toEqual([]);
    expect(writer.provider.wsconnected).toBe(true);
  });

  it('R27: an update that still misses what it builds on once the step 2 arrived is refused (4400) and stored nowhere', async () => {
    const id = await start();
    const { second } = typingInTwoParts();
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    raw.send(encodeUpdate(second));
    raw.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
    expect((await raw.closed).code).toBe(CloseCode.malformedFrame);
    expect(await storedText(id)).not.toContain('Puis en ligne');
  });

  it('R27: the step 2 sent after the updates that build on it lets them all in, in order', async () => {
    const id = await start();
    const { first, second } = typingInTwoParts();
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    raw.send(encodeUpdate(second));
    raw.send(encodeSyncStep2(first));
    await eventually(async () => expect(await storedText(id)).toContain('Tapé hors ligne. Puis en ligne.'));
    const reader = connectClient(server.collabUrl, id, server.admin.token);
    clients.push(reader);
    await synced(reader);
    expect(bodyText(reader.doc)).toBe('Tapé hors ligne. Puis en ligne.');
    raw.socket.close();
  });

  it('R27: a connection never answering our step 1 may hold only so many updates: one more is refused (4400)', async () => {
    const id = await start();
    const { second } = typingInTwoParts();
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    for (let i = 0; i <= AHEAD_OF_SYNC_LIMITS.frames; i++) raw.send(encodeUpdate(second));
    expect((await raw.closed).code).toBe(CloseCode.malformedFrame);
    expect(await storedText(id)).not.toContain('Puis en ligne');
  });

  it('R27: a connection that holds updates and never answers our step 1 is refused (4400) within two heartbeats', async () => {
    const id = await start({ heartbeatMs: 100 });
    const { second } = typingInTwoParts();
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    raw.send(encodeUpdate(second));
    expect((await raw.closed).code).toBe(CloseCode.malformedFrame);
    expect(await storedText(id)).not.toContain('Puis en ligne');
  });
});
