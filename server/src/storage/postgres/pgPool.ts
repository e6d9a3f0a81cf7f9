import pg from 'pg';

/**
 * The pool every PostgreSQL store of one server shares (issue 18). `DATABASE_URL` may carry
 * `?options=-c search_path=…` to keep Minutier's tables in a schema of their own.
 */
export function openPgPool(url: string, max = 10, synchronousCommit: 'on' | 'off' = 'on'): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  if (synchronousCommit === 'off') pool.on('connect', (client) => void client.query('SET synchronous_commit = off').catch(() => undefined));
  // An idle client losing its connection (PostgreSQL restarted) must not end the process:
  // the pool drops it, and the next query gets a fresh one.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one client of the pool: all of it is committed, or none. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
