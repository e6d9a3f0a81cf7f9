import { afterEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { TEST_DATABASE_URL } from '../../testing/pgTestSchema';
import { openPgPool } from './pgPool';

describe('openPgPool', () => {
  let pool: pg.Pool | undefined;
  afterEach(async () => {
    await pool?.end();
  });
  const setting = async (opened: pg.Pool) => (await opened.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]!.synchronous_commit;

  it('S6: waits for the disk at every commit unless told otherwise (DATABASE_SYNCHRONOUS_COMMIT)', async () => {
    pool = openPgPool(TEST_DATABASE_URL, 1);
    expect(await setting(pool)).toBe('on');
    await pool.end();
    pool = openPgPool(TEST_DATABASE_URL, 1, 'off');
    expect(await setting(pool)).toBe('off');
  });
});
