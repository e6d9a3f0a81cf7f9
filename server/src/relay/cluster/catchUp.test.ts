import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newModelDoc } from '../../../../shared/model/modelRoots';
import { createLogger } from '../../log';
import type { DocumentStore } from '../../storage/documentStore';
import { createSqliteStore } from '../../storage/sqliteStore';
import { bodyText } from '../../testing/bodyText';
import { writerOf } from '../../testing/poisonedUpdates';
import { stateDoc } from '../../testing/stateDoc';
import { Compactions } from '../compactions';
import { Room } from '../room';
import { catchUp } from './catchUp';

const dir = mkdtempSync(join(tmpdir(), 'minutier-catch-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/**
 * Two rooms on one store stand for the same document open on two instances whose messages
 * were all lost: what one stores, the other must read back from the store (C2).
 */
describe('catching up from the store (C2)', () => {
  let store: DocumentStore;
  const state = Y.encodeStateAsUpdate(newModelDoc());
  const logger = createLogger('silent');
  const hooks = { stored: () => undefined, failed: (_room: Room, error: unknown) => { throw error; } };

  beforeEach(async () => {
    store = createSqliteStore({ filename: join(dir, `catch-up-${files++}.sqlite`) });
    const now = new Date().toISOString();
    await store.create(
      { id: 'cr', collectiveId: 'c', title: 'CR', meetingDate: null, createdAt: now, updatedAt: now, status: 'draft', validation: null },
      state,
    );
  });
  afterEach(async () => {
    await store.close();
  });

  const openRoom = async () => (await Room.load('cr', store, hooks, logger))!;
  const text = (room: Room) => bodyText(stateDoc({ state: room.state() }));

  it('C2: a room that heard nothing of the other instance reads its updates from the log, in order', async () => {
    const [here, there] = [await openRoom(), await openRoom()];
    const writer = writerOf(state);
    for (const words of ['Hors la Rue ', 'propose ', 'un groupe de travail.']) {
      there.acceptServerUpdate(writer.type(words));
      await there.settled();
    }
    expect(text(here)).toBe('');
    await catchUp(store, here);
    expect(text(here)).toBe('Hors la Rue propose un groupe de travail.');
    expect(here.position.applied).toBe(await store.headSeq('cr'));
  });

  it('C2: an update heard past a gap waits for the one before it, which the catch-up brings', async () => {
    const [here, there] = [await openRoom(), await openRoom()];
    const writer = writerOf(state);
    there.acceptServerUpdate(writer.type('Premier. '));
    await there.settled();
    const second = writer.type('Second.');
    there.acceptServerUpdate(second);
    await there.settled();
    // Only the second message arrived: it cannot be shown before the first.
    here.receiveStored(2, second);
    expect(here.position.hasGap).toBe(true);
    expect(text(here)).toBe('');
    await catchUp(store, here);
    expect(here.position.hasGap).toBe(false);
    expect(text(here)).toBe('Premier. Second.');
  });

  it('C2, R12: when the other instance folded the log meanwhile, the room takes the stored state, then what follows it', async () => {
    const [here, there] = [await openRoom(), await openRoom()];
    const writer = writerOf(state);
    for (let i = 0; i < 20; i++) {
      there.acceptServerUpdate(writer.type(`${i} `));
      await there.settled();
    }
    const compactions = new Compactions(store, logger, 500, () => true);
    expect(await compactions.compactRoom(there)).toBe(true);
    compactions.stop();
    expect(await store.pendingUpdates('cr')).toBe(0);
    there.acceptServerUpdate(writer.type('fin'));
    await there.settled();

    await catchUp(store, here);
    expect(text(here)).toBe(bodyText(writer.doc));
    expect(here.position.applied).toBe(21);
  });

  it('C2, R12: a room compacts only when it holds the whole log: behind another instance, it folds the stored bytes instead', async () => {
    const [here, there] = [await openRoom(), await openRoom()];
    const [writerHere, writerThere] = [writerOf(state), writerOf(state)];
    const words = [writerHere.type('Ici.'), writerThere.type('Là-bas.')];
    here.acceptServerUpdate(words[0]!);
    await here.settled();
    there.acceptServerUpdate(words[1]!);
    await there.settled();
    const compactions = new Compactions(store, logger, 500, () => true);
    // `here` never heard of « Là-bas. »: encoding its own document would lose it.
    expect(await compactions.compactRoom(here)).toBe(true);
    compactions.stop();
    const reopened = await openRoom();
    expect(text(reopened)).toBe(bodyText(stateDoc({ state: Y.mergeUpdates([state, ...words]) })));
    expect(text(reopened)).toContain('Là-bas.');
  });
});
