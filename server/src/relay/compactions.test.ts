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
import { poisons, writerOf } from '../testing/poisonedUpdates';
import { recordingLogger } from '../testing/recordingLogger';
import { Compactions } from './compactions';
import { openDocument } from './openDocument';
import { Room } from './room';

const dir = mkdtempSync(join(tmpdir(), 'minutier-compactions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describe('Compactions', () => {
  let store: DocumentStore;
  let compactions: Compactions;
  const logger = recordingLogger();
  const state = Y.encodeStateAsUpdate(newModelDoc());

  beforeEach(async () => {
    store = createSqliteStore({ filename: join(dir, `compactions-${files++}.sqlite`) });
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

  /** What a fresh open of the stored document shows. */
  const storedText = async () => bodyText(stateDoc((await openDocument(store, 'cr', { frozen: true, logger }))!));

  it('R12, S3: updates appended while a compaction runs stay in the log; nothing is lost', async () => {
    const writer = writerOf(state);
    const keystrokes = Array.from({ length: 3000 }, () => writer.type('x'));
    for (let i = 0; i < keystrokes.length; i += 500) await store.append('cr', keystrokes.slice(i, i + 500));
    let done = false;
    const compacted = compactions.run('cr').finally(() => (done = true));
    // Typing goes on between the compaction's time slices.
    let during = 0;
    while (!done) {
      await store.append('cr', [writer.type('y')]);
      during++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await compacted).toBe(true);
    expect(during).toBeGreaterThan(1);
    expect(await storedText()).toBe(bodyText(writer.doc));
    const left = await store.pendingUpdates('cr');
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(during);
  });

  it('S3: a compaction that meets an update that does not load fails and leaves the log untouched', async () => {
    const writer = writerOf(state);
    await store.append('cr', [writer.type('gardé'), poisons.selfOrigin()]);
    const before = await store.load('cr');
    expect(await compactions.run('cr')).toBe(false);
    expect(await store.load('cr')).toEqual(before);
    expect(logger.lines.find((line) => line.event === 'relay.compaction_failed')?.fields.reason).toMatch(/logged update 2/);
  });

  it('R12: an open and a compaction of the same document at the same time lose nothing', async () => {
    const writer = writerOf(state);
    const keystrokes = Array.from({ length: 2000 }, () => writer.type('z'));
    for (let i = 0; i < keystrokes.length; i += 500) await store.append('cr', keystrokes.slice(i, i + 500));
    const [opened] = await Promise.all([openDocument(store, 'cr', { frozen: false, logger }), compactions.run('cr')]);
    expect(bodyText(stateDoc(opened!))).toBe(bodyText(writer.doc));
    expect(await storedText()).toBe(bodyText(writer.doc));
    expect(await store.pendingUpdates('cr')).toBe(0);
  });

  const openRoom = async () => (await Room.load('cr', store, { stored: () => undefined, failed: (_room, error) => { throw error; } }, logger))!;
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
