import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import type { DocumentStore } from '../storage/documentStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { createLogger } from '../log';
import { bodyText } from '../testing/bodyText';
import { poisons, writerOf } from '../testing/poisonedUpdates';
import { openRawSocket } from '../testing/rawSocket';
import { stateDoc } from '../testing/stateDoc';
import { startTestServer } from '../testing/testServer';
import { Connection } from './connection';
import { encodeSyncStep2, encodeUpdate, readClientFrame } from './frames';
import { openDocument } from './openDocument';
import { Room } from './room';
import { UpdateRefusedError } from './updateRefusedError';
import { LARGE_UPDATE_BYTES, WAITING_LIMITS, nextTurn } from './frameLine';

const dir = mkdtempSync(join(tmpdir(), 'minutier-large-updates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** Words enough for one update past LARGE_UPDATE_BYTES. */
const longText = (label: string) => `${label} `.padEnd(LARGE_UPDATE_BYTES + 1024, 'x');

/** A connection with no socket behind it: the room's own behaviour is what is tested. */
function quietConnection(): { connection: Connection; failures: unknown[] } {
  const socket = { on: () => undefined, send: () => undefined, readyState: 1, OPEN: 1 } as unknown as WebSocket;
  const stream = { write: () => true } as unknown as Duplex;
  const owner = { userId: 'u', credential: { kind: 'token' as const, id: 't' }, signature: { name: 'Sarah', association: 'AFJ' } };
  const connection = new Connection(socket, stream, 'cr', owner, 'write');
  const failures: unknown[] = [];
  connection.frameFailed = (error) => failures.push(error);
  return { connection, failures };
}

describe('large updates (R28)', () => {
  let store: DocumentStore;
  const state = Y.encodeStateAsUpdate(newModelDoc());

  beforeEach(async () => {
    store = createSqliteStore({ filename: join(dir, `large-${files++}.sqlite`) });
    const now = new Date().toISOString();
    await store.create(
      { id: 'cr', collectiveId: 'c', title: 'CR', meetingDate: null, createdAt: now, updatedAt: now, status: 'draft', validation: null },
      state,
    );
  });
  afterEach(async () => {
    await store.close();
  });

  const openRoom = async () => (await Room.load('cr', store, { stored: () => undefined, failed: (_room, error) => { throw error; } }))!;
  const storedText = async () => bodyText(stateDoc((await openDocument(store, 'cr', { frozen: true, logger: createLogger('silent') }))!));
  const frame = (update: Uint8Array) => readClientFrame(encodeUpdate(update));

  it('R28: a large update is integrated after its frame’s turn; the frames behind it wait and are stored after it, in order', async () => {
    const room = await openRoom();
    const { connection, failures } = quietConnection();
    const writer = writerOf(state);
    const large = writer.type(longText('Grand passage.'));
    const next = writer.type(' Suite.');
    expect(large.byteLength).toBeGreaterThanOrEqual(LARGE_UPDATE_BYTES);

    room.receive(connection, frame(large));
    // A turn of the event loop later (others' sockets and timers ran), it is still not stored.
    await nextTurn();
    expect(await store.pendingUpdates('cr')).toBe(0);
    // Builds on the large update: judged only once that one is in, else it would miss its dependencies.
    room.receive(connection, frame(next));
    await room.settled();

    expect(failures).toEqual([]);
    expect(await storedText()).toBe(bodyText(writer.doc));
    expect(bodyText(writer.doc).endsWith(' Suite.')).toBe(true);
  });

  it('R28, R23: a large update the schema refuses is refused through its connection, stored nowhere, and the frames behind it still count', async () => {
    const room = await openRoom();
    const { connection: hostile, failures } = quietConnection();
    const { connection: colleague, failures: colleagueFailures } = quietConnection();
    const large = writerOf(state).type(longText('Caché.'));
    const refused = Y.mergeUpdates([large, poisons.unreadableBlock(large)]);
    expect(refused.byteLength).toBeGreaterThanOrEqual(LARGE_UPDATE_BYTES);
    const writer = writerOf(state);

    room.receive(hostile, frame(refused));
    room.receive(colleague, frame(writer.type('Le compte-rendu continue.')));
    await room.settled();

    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(UpdateRefusedError);
    expect(colleagueFailures).toEqual([]);
    expect(await storedText()).toBe('Le compte-rendu continue.');
  });

  it('R28: past its bounds, what keeps arriving behind a large update is refused, not kept', async () => {
    const room = await openRoom();
    const { connection } = quietConnection();
    const writer = writerOf(state);
    room.receive(connection, frame(writer.type(longText('Grand passage.'))));
    const keystroke = frame(writer.type('x'));
    for (let i = 0; i < WAITING_LIMITS.frames; i++) room.receive(connection, keystroke);
    expect(() => room.receive(connection, keystroke)).toThrow(UpdateRefusedError);
    await room.settled();
  });

  it('R28: over a real socket, a refused large update closes its sender with 4400 and leaves the document as it was', async () => {
    const server = await startTestServer();
    try {
      const id = await server.createDocument();
      const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
      await raw.opened;
      const empty = Y.encodeStateAsUpdate(new Y.Doc());
      const large = writerOf(empty).type(longText('Caché.'));
      raw.send(encodeSyncStep2(empty));
      raw.send(encodeUpdate(Y.mergeUpdates([large, poisons.unreadableBlock(large)])));
      expect((await raw.closed).code).toBe(CloseCode.malformedFrame);
      const stored = (await (await server.api(`/api/minutes/${id}`)).json()) as { content: unknown };
      expect(JSON.stringify(stored.content)).not.toContain('Caché');
    } finally {
      await server.close();
    }
  });
});
