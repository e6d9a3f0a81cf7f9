import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { MessageType, SyncType } from '../../../shared/protocol/messages';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { type RawSocket, openRawSocket } from '../testing/rawSocket';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';
import { type AccountSignature, accountSignature } from '../../../shared/model/accountSignature';
import type { MeResponse } from '../../../shared/api/auth';
import { presenceLimits } from './awarenessStates';

interface Entry {
  client: number;
  clock: number;
  state: unknown;
}

/** An awareness frame announcing `count` entries (the encoding lets a client claim millions). */
function awarenessFrame(entries: Entry[], count = entries.length): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, count);
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MessageType.awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** Every entry of the awareness frames among `frames`, in order. */
function awarenessEntries(frames: Uint8Array[]): Entry[] {
  const entries: Entry[] = [];
  for (const frame of frames.filter((f) => f[0] === MessageType.awareness)) {
    const decoder = decoding.createDecoder(decoding.readVarUint8Array(decoding.createDecoder(frame.subarray(1))));
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      entries.push({ client, clock, state: JSON.parse(decoding.readVarString(decoder)) as unknown });
    }
  }
  return entries;
}

const isSync = (frame: Uint8Array, type: number) => frame[0] === MessageType.sync && frame[1] === type;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const clients = (entries: Entry[]) => entries.map((entry) => entry.client).sort((a, b) => a - b);
/** A presence state as a client sends it: `tag` tells whose it is. */
const tagged = (tag: string) => ({ tag });
/** The same state as the others see it: the relay shows the connection's account as its user (R22). */
const shown = (tag: string, account: AccountSignature) => ({ tag, user: account });

/**
 * Sends `frames`, then a sync step 1 whose answer (step 2) comes back only once the
 * relay has handled them all; returns what the socket received in between.
 */
async function exchange(raw: RawSocket, frames: Uint8Array[]): Promise<Uint8Array[]> {
  const from = raw.frames.length;
  for (const frame of frames) raw.send(frame);
  raw.send(new Uint8Array([MessageType.sync, SyncType.step1, 1, 0]));
  let answer = -1;
  await eventually(() => {
    answer = raw.frames.findIndex((frame, i) => i >= from && isSync(frame, SyncType.step2));
    expect(answer).toBeGreaterThanOrEqual(0);
  }, 20_000);
  return raw.frames.slice(from, answer);
}

describe('presence (R22)', () => {
  let server: TestServer;
  let reader: TestUser;
  let documentId: string;
  let adminAccount: AccountSignature;
  let readerAccount: AccountSignature;

  /** The name and association `/api/me` gives the account: what its presence shows. */
  async function accountOf(who: TestUser): Promise<AccountSignature> {
    const me = (await (await server.api('/api/me', { as: who })).json()) as MeResponse;
    return accountSignature({ name: me.user.name, associationName: me.user.associationName, collectiveName: me.collective.name });
  }
  const sockets: RawSocket[] = [];
  const stock: CollabClient[] = [];

  /** A raw connection, once the relay has greeted it: `greeting` is the presence it was sent on joining. */
  async function join(token: string): Promise<{ raw: RawSocket; greeting: Entry[]; greetingBytes: number }> {
    const raw = openRawSocket(server.collabUrl, documentId, { token });
    sockets.push(raw);
    let greeted = -1;
    // The relay sends the presence it knows, then its sync step 1.
    await eventually(() => {
      greeted = raw.frames.findIndex((frame) => isSync(frame, SyncType.step1));
      expect(greeted).toBeGreaterThanOrEqual(0);
    });
    const sent = raw.frames.slice(0, greeted).filter((f) => f[0] === MessageType.awareness);
    return { raw, greeting: awarenessEntries(sent), greetingBytes: sent.reduce((sum, f) => sum + f.length, 0) };
  }

  function client(token: string): CollabClient {
    const c = connectClient(server.collabUrl, documentId, token);
    stock.push(c);
    return c;
  }

  beforeEach(async () => {
    server = await startTestServer();
    reader = await server.createUser('reader');
    documentId = await server.createDocument();
    [adminAccount, readerAccount] = await Promise.all([accountOf(server.admin), accountOf(reader)]);
  });
  afterEach(async () => {
    for (const c of stock.splice(0)) c.destroy();
    for (const raw of sockets.splice(0)) raw.socket.terminate();
    await server.close();
  });

  it('R22: a reader announcing thousands of client ids holds 4 presences at most, and a newcomer receives only those', async () => {
    const { raw: mallory } = await join(reader.token);
    // Room left for the account's name and association, which the relay adds to each state.
    const bulky = 'x'.repeat(presenceLimits.stateBytes - 300);
    const forwarded = await exchange(mallory, [
      awarenessFrame(range(1000, 1300).map((client) => ({ client, clock: 1, state: { bulky } }))),
      // Claims 16.7 million entries: only the first few are read, the rest never.
      awarenessFrame(range(5000, 5200).map((client) => ({ client, clock: 1, state: {} })), 16_700_000),
      ...range(6000, 6100).map((client) => awarenessFrame([{ client, clock: 1, state: {} }])),
    ]);
    expect(clients(awarenessEntries(forwarded))).toEqual([1000, 1001, 1002, 1003]);
    expect(mallory.socket.readyState).toBe(WebSocket.OPEN);

    const { greeting, greetingBytes } = await join(server.admin.token);
    expect(clients(greeting)).toEqual([1000, 1001, 1002, 1003]);
    expect(greetingBytes).toBeLessThan(presenceLimits.clientsPerConnection * (presenceLimits.stateBytes + 16) + 16);
  });

  it('R22: a message announcing millions of entries it does not hold is refused as malformed, and the server keeps answering', async () => {
    const { raw } = await join(reader.token);
    raw.send(awarenessFrame([{ client: 1, clock: 1, state: {} }], 16_700_000));
    expect((await raw.closed).code).toBe(CloseCode.malformedFrame);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("R22: a connection can neither overwrite nor remove another's presence", async () => {
    const alice = client(server.admin.token);
    const bob = client(server.admin.token);
    await Promise.all([synced(alice), synced(bob)]);
    alice.provider.awareness.setLocalStateField('tag', 'Alice');
    const aliceId = alice.provider.awareness.clientID;
    await eventually(() => expect(bob.provider.awareness.getStates().get(aliceId)).toEqual(shown('Alice', adminAccount)));

    const { raw: mallory } = await join(reader.token);
    const forwarded = await exchange(mallory, [
      awarenessFrame([{ client: aliceId, clock: 1000, state: tagged('Mallory') }]),
      awarenessFrame([{ client: aliceId, clock: 2000, state: null }]),
    ]);
    expect(awarenessEntries(forwarded)).toEqual([]);
    const { greeting } = await join(reader.token);
    expect(greeting.filter((entry) => entry.client === aliceId)).toEqual([
      { client: aliceId, clock: expect.any(Number), state: shown('Alice', adminAccount) },
    ]);
    expect(bob.provider.awareness.getStates().get(aliceId)).toEqual(shown('Alice', adminAccount));
  });

  it('R22: an oversized state is ignored and the connection stays open', async () => {
    const { raw } = await join(reader.token);
    const forwarded = await exchange(raw, [
      awarenessFrame([{ client: 42, clock: 1, state: 'x'.repeat(presenceLimits.stateBytes) }]),
      awarenessFrame([{ client: 43, clock: 1, state: tagged('Lecteur') }]),
    ]);
    expect(awarenessEntries(forwarded)).toEqual([{ client: 43, clock: 1, state: shown('Lecteur', readerAccount) }]);
    expect(raw.socket.readyState).toBe(WebSocket.OPEN);
    expect(clients((await join(server.admin.token)).greeting)).toEqual([43]);
  });

  it('R22: presence messages beyond the rate are dropped, and a sustained flood closes the connection with 4429', async () => {
    const { raw: hasty } = await join(reader.token);
    const started = performance.now();
    const sent = range(1, 201).map((clock) => awarenessFrame([{ client: 7, clock, state: { clock } }]));
    const forwarded = awarenessEntries(await exchange(hasty, sent));
    const seconds = (performance.now() - started) / 1000;
    expect(forwarded.length).toBeGreaterThanOrEqual(presenceLimits.burst);
    const refilled = Math.ceil(presenceLimits.messagesPerSecond * seconds);
    expect(forwarded.length).toBeLessThanOrEqual(presenceLimits.burst + refilled);
    expect(hasty.socket.readyState).toBe(WebSocket.OPEN);

    const { raw: flooder } = await join(reader.token);
    for (let clock = 1; clock <= 5000; clock++) flooder.send(awarenessFrame([{ client: 8, clock, state: {} }]));
    expect((await flooder.closed).code).toBe(CloseCode.tooManyMessages);
    // Its presence went with it; the rate-limited one is still there.
    await eventually(async () => expect(clients((await join(server.admin.token)).greeting)).toEqual([7]));
  });

  it('R22: presence dies with its connection, which frees its client ids', async () => {
    const bob = client(server.admin.token);
    await synced(bob);
    const states = () => bob.provider.awareness.getStates();
    const { raw: visitor } = await join(reader.token);
    visitor.send(awarenessFrame([{ client: 9, clock: 1, state: tagged('Visiteur') }]));
    await eventually(() => expect(states().get(9)).toEqual(shown('Visiteur', readerAccount)));
    // Its owner may remove it and set it again.
    visitor.send(awarenessFrame([{ client: 9, clock: 2, state: null }]));
    await eventually(() => expect(states().has(9)).toBe(false));
    visitor.send(awarenessFrame([{ client: 9, clock: 3, state: tagged('Visiteur') }]));
    await eventually(() => expect(states().get(9)).toEqual(shown('Visiteur', readerAccount)));

    visitor.socket.close();
    await eventually(() => expect(states().has(9)).toBe(false));
    expect(clients((await join(server.admin.token)).greeting)).toEqual([bob.provider.awareness.clientID]);

    const { raw: successor } = await join(reader.token);
    successor.send(awarenessFrame([{ client: 9, clock: 10, state: tagged('Successeur') }]));
    await eventually(() => expect(states().get(9)).toEqual(shown('Successeur', readerAccount)));
  });

  it('R5: an honest stock client’s presence reaches others, also in a room full of presences and echoes', async () => {
    const { raw: crowd } = await join(reader.token);
    await exchange(crowd, [awarenessFrame(range(1, 5).map((id) => ({ client: id, clock: 1, state: tagged(`Foule ${id}`) })))]);
    const alice = client(server.admin.token);
    const bob = client(server.admin.token);
    await Promise.all([synced(alice), synced(bob)]);
    // A stock client ignores a state at clock 0 (the initial `{}`): Bob must set his for Carol to see him.
    bob.provider.awareness.setLocalStateField('tag', 'Bob');
    for (let n = 1; n <= 20; n++) alice.provider.awareness.setLocalStateField('tag', `Alice ${n}`);
    const aliceId = alice.provider.awareness.clientID;
    await eventually(() => expect(bob.provider.awareness.getStates().get(aliceId)).toEqual(shown('Alice 20', adminAccount)));

    // A newcomer (a reader may have presence) echoes every state it is sent, as stock clients do: no harm, no close.
    const carol = client(reader.token);
    await synced(carol);
    await eventually(() => expect(carol.provider.awareness.getStates().size).toBe(7));
    carol.provider.awareness.setLocalStateField('tag', 'Carol');
    const carolId = carol.provider.awareness.clientID;
    await eventually(() => expect(alice.provider.awareness.getStates().get(carolId)).toEqual(shown('Carol', readerAccount)));
    expect(bob.provider.awareness.getStates().get(aliceId)).toEqual(shown('Alice 20', adminAccount));
    expect([alice, bob, carol].every((c) => c.provider.wsconnected)).toBe(true);
  });
});
