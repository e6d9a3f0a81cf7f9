import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { IdempotencyStore } from './idempotencyStore';
import { createSqliteIdempotencyStore } from './sqliteIdempotencyStore';

describe('SQLite idempotency keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-idempotency-'));
  const file = join(dir, 'minutier.sqlite');
  const opened: IdempotencyStore[] = [];
  let clock = 1_000_000;
  const open = (limits = { keepMs: 60_000, perAccount: 3, pendingMs: 10_000 }) => {
    const store = createSqliteIdempotencyStore(file, limits, () => clock);
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const scope = (key: string, accountId = 'compte-1') => ({ accountId, route: 'minutes.create', key });
  const answer = { status: 201, body: '{"id":"abc"}' };

  it('remembers an answer across a restart, until it is too old', async () => {
    const store = open();
    expect(await store.claim(scope('k-restart'))).toEqual({ state: 'claimed' });
    expect(await store.claim(scope('k-restart'))).toEqual({ state: 'pending' });
    await store.complete(scope('k-restart'), answer);
    await store.close();
    opened.pop();

    const reopened = open();
    expect(await reopened.claim(scope('k-restart'))).toEqual({ state: 'answered', response: answer });
    clock += 60_001;
    expect(await reopened.claim(scope('k-restart'))).toEqual({ state: 'claimed' });
  });

  it('frees a released key, and a claim cut short once it is stale', async () => {
    const store = open();
    await store.claim(scope('k-failed'));
    await store.release(scope('k-failed'));
    expect(await store.claim(scope('k-failed'))).toEqual({ state: 'claimed' });
    clock += 10_001;
    expect(await store.claim(scope('k-failed'))).toEqual({ state: 'claimed' });
  });

  it('keeps a bounded number of answers per account, the oldest forgotten first', async () => {
    const store = open();
    for (const key of ['b1', 'b2', 'b3', 'b4']) {
      clock += 1;
      await store.claim(scope(key, 'compte-borne'));
      await store.complete(scope(key, 'compte-borne'), answer);
    }
    expect(await store.claim(scope('b4', 'compte-borne'))).toMatchObject({ state: 'answered' });
    expect(await store.claim(scope('b1', 'compte-borne'))).toEqual({ state: 'claimed' });
  });
});
