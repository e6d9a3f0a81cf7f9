import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyText } from '../testing/bodyText';
import type { DocumentStore } from '../storage/documentStore';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { openRawSocket } from '../testing/rawSocket';
import { startTestServer } from '../testing/testServer';
import { WebSocket } from 'ws';

/** The real store, made to fail its next append on demand (a disk full, a lost database). */
function failingOnDemand(store: DocumentStore) {
  let failNext = false;
  const wrapped: DocumentStore = {
    ...store,
    async append(id, updates) {
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      return store.append(id, updates);
    },
  };
  return { wrapped, failNextAppend: () => (failNext = true) };
}

describe('relay failures', () => {
  it('R13: a storage failure drops the update everywhere, then the clients resend it on reconnect', async () => {
    let control: ReturnType<typeof failingOnDemand> | undefined;
    const server = await startTestServer({
      wrapStore: (store) => {
        control = failingOnDemand(store);
        return control.wrapped;
      },
    });
    const id = await server.createDocument();
    const alice = connectClient(server.collabUrl, id, server.admin.token);
    const bob = connectClient(server.collabUrl, id, server.admin.token);
    try {
      await Promise.all([synced(alice), synced(bob)]);
      const closes: number[] = [];
      alice.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
      control!.failNextAppend();
      alice.type('Rien ne se perd.');
      await eventually(() => expect(closes).toContain(4500));
      await eventually(async () => {
        expect(bob.text()).toBe('Rien ne se perd.');
        const stored = await server.store.load(id);
        const doc = new Y.Doc();
        if (stored!.state) Y.applyUpdate(doc, stored!.state);
        for (const update of stored!.updates) Y.applyUpdate(doc, update);
        expect(bodyText(doc)).toBe('Rien ne se perd.');
      }, 10_000);
    } finally {
      alice.destroy();
      bob.destroy();
      await server.close();
    }
  });

  it('R10: a socket that stops answering pings is dropped', async () => {
    const server = await startTestServer({ heartbeatMs: 50 });
    try {
      const id = await server.createDocument();
      const silent = new WebSocket(`${server.collabUrl}/${id}?token=${server.admin.token}`, { autoPong: false });
      const closed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
      const answering = openRawSocket(server.collabUrl, id, { token: server.admin.token });
      await answering.opened;
      expect(await closed).toBe(1006);
      expect(answering.socket.readyState).toBe(answering.socket.OPEN);
      answering.socket.close();
    } finally {
      await server.close();
    }
  });
});
