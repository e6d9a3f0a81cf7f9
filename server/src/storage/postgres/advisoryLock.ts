import type pg from 'pg';

/**
 * PostgreSQL advisory locks, held on a client of their own for as long as the work runs.
 * Locks of the database itself, not of Redis (no Redlock): they go with the session if the
 * instance dies.
 */
const key = 'hashtextextended($1, 0)';

/** Runs `work` holding the lock `name`; answers undefined at once when another session holds it. */
export async function whileLocked<T>(pool: pg.Pool, name: string, work: () => Promise<T>): Promise<T | undefined> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${key}) AS locked`, [name]);
    if (!rows[0]?.locked) return undefined;
    return await holding(client, name, work);
  } finally {
    client.release();
  }
}

/** Runs `work` holding the lock `name`, waiting for another session to release it first. */
export async function underLock<T>(pool: pg.Pool, name: string, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${key})`, [name]);
    return await holding(client, name, work);
  } finally {
    client.release();
  }
}

async function holding<T>(client: pg.PoolClient, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${key})`, [name]);
  }
}
