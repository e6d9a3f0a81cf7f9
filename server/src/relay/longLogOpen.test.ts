import { afterEach, describe, expect, it } from 'vitest';
import { bodyText } from '../testing/bodyText';
import { type CollabClient, connectClient, synced } from '../testing/collabClient';
import { pollLatency, watchEventLoop } from '../testing/eventLoopBlocking';
import { writerOf } from '../testing/poisonedUpdates';
import { type TestServer, startTestServer } from '../testing/testServer';

/** What kill -9 during continuous typing leaves: one logged update per keystroke, never compacted. */
const KEYSTROKES = 40_000;
/** No request may wait longer than this on the event loop while the document opens. */
const BOUND_MS = 100;

describe('opening a document with a long log', () => {
  let server: TestServer | undefined;
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
  });

  it(`R25: ${KEYSTROKES} logged keystrokes open without holding the event loop, and the log is folded on open`, { timeout: 180_000 }, async () => {
    server = await startTestServer();
    const id = await server.createDocument('Réunion interrompue');
    const writer = writerOf((await server.store.load(id))!.state!);
    const keystrokes = Array.from({ length: KEYSTROKES }, (_, i) => writer.type('abcdefghijklmnopqrstuvwxyz'[i % 26]!));
    for (let i = 0; i < KEYSTROKES; i += 1000) await server.store.append(id, keystrokes.slice(i, i + 1000));
    expect(await server.store.pendingUpdates(id)).toBe(KEYSTROKES);

    const loop = watchEventLoop();
    const healthz = pollLatency(`${server.url}/healthz`);
    const started = performance.now();
    const client = connectClient(server.collabUrl, id, server.admin.token);
    clients.push(client);
    await synced(client);
    const openMs = performance.now() - started;
    const { maxHeldMs, maxGapMs } = loop.stop();
    const polled = await healthz.stop();

    const figures = `open ${Math.round(openMs)} ms; loop held at most ${maxHeldMs.toFixed(1)} ms (wall gap ${maxGapMs.toFixed(1)} ms); /healthz at most ${polled.maxMs.toFixed(1)} ms (wall ${polled.maxWallMs.toFixed(1)} ms) over ${polled.requests} requests`;
    expect(client.text(), figures).toHaveLength(KEYSTROKES);
    expect(client.text()).toBe(bodyText(writer.doc));
    expect(maxHeldMs, figures).toBeLessThan(BOUND_MS);
    expect(polled.maxMs, figures).toBeLessThan(BOUND_MS);
    // The server answered all along, not once the open was over.
    expect(polled.requests, figures).toBeGreaterThan(10);
    expect(await server.store.pendingUpdates(id)).toBe(0);
  });
});
