import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type PgTestSchema, createPgTestSchema } from '../../testing/pgTestSchema';
import { type DocumentStore, type NewDocumentRecord } from '../documentStore';
import { documentStoreContract } from '../documentStoreContract';
import { migrate } from './migrate';
import { documentsMigration } from './migrations/001_documents';
import { epochsMigration } from './migrations/006_epochs';
import { createPgDocumentStore } from './pgDocumentStore';
import { openPgPool } from './pgPool';

// S1: the PostgreSQL store passes the same contract as SQLite, each test on a fresh schema.
documentStoreContract('postgres', async () => {
  const schema = await createPgTestSchema();
  const pool = openPgPool(schema.url, 4);
  await migrate(pool, [documentsMigration, epochsMigration]);
  const store = createPgDocumentStore(pool);
  return {
    ...store,
    async close() {
      await store.close();
      await pool.end();
      await schema.drop();
    },
  };
});

const record: NewDocumentRecord = {
  id: 'a',
  collectiveId: 'collectif',
  title: 'Réunion',
  meetingDate: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  status: 'draft',
  validation: null,
};

/** `count` updates of one author, each setting its own key of the map `m`. */
const writesOf = (author: string, count: number): Uint8Array[] => {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`${author}-${i}`, i);
  return updates;
};

/** The state and the whole log folded into one state, as a compaction on any instance builds it. */
const foldNow = async (store: DocumentStore, id: string) => {
  const { state, version } = (await store.readState(id))!;
  const log = await store.readLog(id, 0, Number.MAX_SAFE_INTEGER);
  const doc = new Y.Doc({ gc: false });
  if (state) Y.applyUpdate(doc, state);
  for (const { data } of log) Y.applyUpdate(doc, data);
  return { version, state: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc), throughSeq: log.at(-1)?.seq ?? 0, quarantined: [] };
};

const keysIn = async (store: DocumentStore, id: string): Promise<number> => {
  const stored = (await store.load(id))!;
  const doc = new Y.Doc({ gc: false });
  for (const update of [stored.state, ...stored.updates]) if (update) Y.applyUpdate(doc, update);
  return doc.getMap('m').size;
};

describe('pgDocumentStore across instances', () => {
  let schema: PgTestSchema;
  const pools: pg.Pool[] = [];
  /** One server instance: its own pool on the shared database. */
  const instance = (): DocumentStore => {
    const pool = openPgPool(schema.url, 4);
    pools.push(pool);
    return createPgDocumentStore(pool);
  };
  beforeEach(async () => {
    schema = await createPgTestSchema();
    const pool = openPgPool(schema.url, 1);
    await migrate(pool, [documentsMigration, epochsMigration]);
    await pool.end();
  });
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.end();
    await schema.drop();
  });

  it('R3: two instances appending to one document at once get seqs 1..400, gap-free in commit order, nothing lost', async () => {
    const [first, second, reader] = [instance(), instance(), instance()];
    await first.create(record, Y.encodeStateAsUpdate(new Y.Doc()));
    // Every update of an instance in flight at once, over its pool's four connections.
    const appending = Promise.all(
      [first, second].flatMap((store, n) => writesOf(`instance${n}`, 200).map((update) => store.append('a', [update]))),
    );
    // A third instance fills gaps from the log as updates come (what Redis missed): it must
    // never see seq N+1 before seq N is there, or it would skip N for good.
    const seen: number[] = [];
    while (seen.length < 400) {
      const page = await reader.readLog('a', seen.at(-1) ?? 0, 50);
      for (const { seq } of page) {
        expect(seq).toBe(seen.length + 1);
        seen.push(seq);
      }
    }
    await appending;
    const log = await reader.readLog('a', 0, 1000);
    expect(log.map((logged) => logged.seq)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    expect(await reader.logExtent('a')).toEqual({ updates: 400, lastSeq: 400 });
    expect(await keysIn(reader, 'a')).toBe(400);
  });

  it('R12, S3: a compaction on a third instance while two others append loses no update', async () => {
    const [first, second, compactor] = [instance(), instance(), instance()];
    await first.create(record, Y.encodeStateAsUpdate(new Y.Doc()));
    let appending = true;
    // Each instance appends its updates one after another, as its room does.
    const appended = Promise.all(
      [first, second].map(async (store, n) => {
        for (const update of writesOf(`instance${n}`, 200)) await store.append('a', [update]);
      }),
    ).finally(() => (appending = false));
    let rewrites = 0;
    while (appending) if (await compactor.rewriteState('a', await foldNow(compactor, 'a'))) rewrites++;
    await appended;
    expect(rewrites).toBeGreaterThan(1);
    expect(await keysIn(compactor, 'a')).toBe(400);
    expect(await compactor.rewriteState('a', await foldNow(compactor, 'a'))).toBe(true);
    expect(await compactor.pendingUpdates('a')).toBe(0);
    expect(await keysIn(first, 'a')).toBe(400);
  });

  it('W4: once a validation is stored on one instance, no append of another lands after it', async () => {
    const [first, second] = [instance(), instance()];
    await first.create(record, Y.encodeStateAsUpdate(new Y.Doc()));
    const results = Promise.allSettled(writesOf('typist', 200).map((update) => second.append('a', [update])));
    // Validated while the other instance's appends are in flight.
    while ((await first.headSeq('a')) < 20) await new Promise((resolve) => setTimeout(resolve, 1));
    const validation = { meetingDate: '2014-02-17', note: null, versionId: 'v1', validatedAt: 'x', validatedBy: 'u' };
    await first.setStatus('a', 'validated', validation);
    const frozen = await first.load('a');
    const settled = await results;
    expect(await first.load('a')).toEqual(frozen);
    expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(frozen!.updates.length);
    expect(frozen!.updates.length).toBeLessThan(200);
  });
});
