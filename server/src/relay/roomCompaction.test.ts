import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newModelDoc } from '../../../shared/model/modelRoots';
import type { DocumentStore } from '../storage/documentStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { bodyText } from '../testing/bodyText';
import { stateDoc } from '../testing/stateDoc';
import { writerOf } from '../testing/poisonedUpdates';
import { recordingLogger } from '../testing/recordingLogger';
import { Compactions } from './compactions';
import { openDocument } from './openDocument';
import { Room } from './room';

const dir = mkdtempSync(join(tmpdir(), 'minutier-room-compaction-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describe('Compacting an open room from its own document', () => {
  let store: DocumentStore;
  let compactions: Compactions;
  const logger = recordingLogger();
  const state = Y.encodeStateAsUpdate(newModelDoc());

  beforeEach(async () => {
    store = createSqliteStore({ filename: join(dir, `rooms-${files++}.sqlite`) });
    const now = new Date().toISOString();
    await store.create(
      { id: 'cr', collectiveId: 'c', title: 'CR', meetingDate: null, createdAt: now, updatedAt: now, status: 'draft', validation: null },
      state,
    );
    compactions = new Compactions(store, logger, 500, () => true);
    logger.lines.length = 0;
  });
  afterEach(async () => {
    compactions.stop();
    await store.close();
  });

  const openRoom = async () => (await Room.load('cr', store, () => undefined, (_room, error) => { throw error; }, logger))!;
  const storedText = async () => bodyText(stateDoc((await openDocument(store, 'cr', { frozen: true, logger }))!));
  const compactedLines = () => logger.lines.filter((line) => line.event === 'relay.compacted');

  it('R12: the room encodes its own document as the new state; a fresh client then gets that one state', async () => {
    const room = await openRoom();
    const writer = writerOf(state);
    // Updates of one tick are stored as one: ten writes of ten keystrokes.
    for (let i = 0; i < 100; i++) {
      room.acceptServerUpdate(writer.type('é'));
      if (i % 10 === 9) await room.settled();
    }
    expect(room.logSize).toBe(10);
    expect(await store.pendingUpdates('cr')).toBe(10);

    expect(await compactions.compactRoom(room)).toBe(true);
    expect(compactedLines().at(-1)?.fields).toMatchObject({ updates: 10, from: 'room' });
    expect(await store.pendingUpdates('cr')).toBe(0);
    expect(room.logSize).toBe(0);
    const stored = await store.readState('cr');
    expect(stored).toMatchObject({ checked: true });
    expect(room.state()).toEqual(stored!.state);
    expect(await storedText()).toBe(bodyText(writer.doc));
  });

  it('R12, S3: when the log holds an update the room did not store, the stored bytes are folded and nothing is lost', async () => {
    const room = await openRoom();
    const writer = writerOf(state);
    for (let i = 0; i < 50; i++) room.acceptServerUpdate(writer.type('a'));
    await room.settled();
    // Another writer of the same log (a second server instance, a repair) that the room never saw.
    const other = writerOf(state);
    await store.append('cr', [other.type('ailleurs')]);

    expect(await compactions.compactRoom(room)).toBe(true);
    expect(compactedLines().at(-1)?.fields.from).toBeUndefined();
    const text = await storedText();
    expect(text).toContain('ailleurs');
    expect(text).toContain('a'.repeat(50));
  });

  it('S3: an update accepted while the compaction reads the log stays stored', async () => {
    const room = await openRoom();
    const writer = writerOf(state);
    for (let i = 0; i < 100; i++) room.acceptServerUpdate(writer.type('b'));
    await room.settled();
    const compacting = compactions.compactRoom(room);
    room.acceptServerUpdate(writer.type('pendant'));
    expect(await compacting).toBe(true);
    await room.settled();
    expect(await storedText()).toBe(bodyText(writer.doc));
    expect(bodyText(stateDoc({ state: room.state() }))).toBe(bodyText(writer.doc));
  });
});
