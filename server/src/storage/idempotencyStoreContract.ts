import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdempotencyLimits, IdempotencyStore } from './idempotencyStore';

/** One database the test opens stores on: each `open` is another server instance (or a restart). */
export interface IdempotencyTestDatabase {
  open(limits: IdempotencyLimits, now: () => number): Promise<IdempotencyStore>;
  /** Closes every store opened, then the database. */
  close(): Promise<void>;
}

const LIMITS: IdempotencyLimits = { keepMs: 60_000, perAccount: 3, pendingMs: 10_000 };

/** The behaviour every IdempotencyStore must have (A17, S1); each implementation's test calls it with a fresh database. */
export function idempotencyStoreContract(name: string, makeDatabase: () => Promise<IdempotencyTestDatabase>): void {
  describe(`IdempotencyStore contract: ${name}`, () => {
    let database: IdempotencyTestDatabase;
    let clock: number;
    const open = () => database.open(LIMITS, () => clock);
    beforeEach(async () => {
      clock = 1_000_000;
      database = await makeDatabase();
    });
    afterEach(async () => {
      await database.close();
    });

    const scope = (key: string, accountId = 'compte-1') => ({ accountId, route: 'minutes.create', key });
    const answer = { status: 201, body: '{"id":"abc"}' };
    /** Both instances claim one key (of its own account) at the same moment; the states, sorted. */
    const bothClaim = async (first: IdempotencyStore, second: IdempotencyStore, key: string) => {
      const claims = await Promise.all([first.claim(scope(key, `compte-${key}`)), second.claim(scope(key, `compte-${key}`))]);
      return claims.map((claim) => claim.state).sort();
    };

    it('A17: remembers an answer across a restart, until it is too old', async () => {
      const store = await open();
      expect(await store.claim(scope('k-restart'))).toEqual({ state: 'claimed' });
      expect(await store.claim(scope('k-restart'))).toEqual({ state: 'pending' });
      await store.complete(scope('k-restart'), answer);
      await store.close();

      const reopened = await open();
      expect(await reopened.claim(scope('k-restart'))).toEqual({ state: 'answered', response: answer });
      clock += 60_001;
      expect(await reopened.claim(scope('k-restart'))).toEqual({ state: 'claimed' });
    });

    it('A17: a key is per account and per route', async () => {
      const store = await open();
      await store.claim(scope('k-shared'));
      await store.complete(scope('k-shared'), answer);
      expect(await store.claim(scope('k-shared', 'compte-2'))).toEqual({ state: 'claimed' });
      expect(await store.claim({ ...scope('k-shared'), route: 'series.create' })).toEqual({ state: 'claimed' });
    });

    it('A17: frees a released key, and a claim cut short once it is stale', async () => {
      const store = await open();
      await store.claim(scope('k-failed'));
      await store.release(scope('k-failed'));
      expect(await store.claim(scope('k-failed'))).toEqual({ state: 'claimed' });
      clock += 10_001;
      expect(await store.claim(scope('k-failed'))).toEqual({ state: 'claimed' });
    });

    it('A17: keeps a bounded number of answers per account, the oldest forgotten first', async () => {
      const store = await open();
      for (const key of ['b1', 'b2', 'b3', 'b4']) {
        clock += 1;
        await store.claim(scope(key, 'compte-borne'));
        await store.complete(scope(key, 'compte-borne'), answer);
      }
      expect(await store.claim(scope('b4', 'compte-borne'))).toMatchObject({ state: 'answered' });
      expect(await store.claim(scope('b1', 'compte-borne'))).toEqual({ state: 'claimed' });
    });

    it('A17: two instances claiming the same keys at once: exactly one runs each submission', async () => {
      const [first, second] = await Promise.all([open(), open()]);
      const keys = Array.from({ length: 20 }, (_, index) => `course-${index}`);
      const outcomes = await Promise.all(keys.map((key) => bothClaim(first, second, key)));
      expect(outcomes).toEqual(keys.map(() => ['claimed', 'pending']));
    });

    it('A17: two instances taking over the same stale claim at once: exactly one runs it again', async () => {
      const [first, second] = await Promise.all([open(), open()]);
      const keys = Array.from({ length: 20 }, (_, index) => `reprise-${index}`);
      for (const key of keys) await first.claim(scope(key, `compte-${key}`));
      clock += 10_001;
      const outcomes = await Promise.all(keys.map((key) => bothClaim(first, second, key)));
      expect(outcomes).toEqual(keys.map(() => ['claimed', 'pending']));
    });
  });
}
