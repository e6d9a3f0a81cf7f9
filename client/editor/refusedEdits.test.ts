import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, eventually, synced, type CollabClient } from '../../server/src/testing/collabClient';
import { startTestServer, type TestServer } from '../../server/src/testing/testServer';
import { watchRefusedEdits } from './refusedEdits';

describe('refused edits', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('R17: an editor learns that the relay refused its update, once, and a writer is never told so', async () => {
    const id = await server.createDocument();
    const reader = await server.createUser('reader');
    const readerClient = connectClient(server.collabUrl, id, reader.token);
    const writerClient = connectClient(server.collabUrl, id, server.admin.token);
    clients.push(readerClient, writerClient);
    const readerRefusals = watchRefusedEdits(readerClient.provider);
    const writerRefusals = watchRefusedEdits(writerClient.provider);
    let told = 0;
    readerRefusals.subscribe(() => told++);
    await Promise.all([synced(readerClient), synced(writerClient)]);

    writerClient.type('accepté');
    readerClient.type('refusé');
    readerClient.type(' encore');
    await eventually(() => expect(readerRefusals.refused).toBe(true));
    await eventually(() => expect(readerClient.text()).toContain('accepté'));
    expect(told).toBe(1);
    expect(writerRefusals.refused).toBe(false);
  });
});
