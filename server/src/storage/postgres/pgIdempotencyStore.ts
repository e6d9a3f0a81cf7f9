import type pg from 'pg';
import { DEFAULT_IDEMPOTENCY_LIMITS, type IdempotencyLimits, type IdempotencyStore } from '../idempotencyStore';

/**
 * Idempotency keys in PostgreSQL (issue 18), shared by every instance: a double submission
 * that two instances receive at once still creates one thing (A17). Each step is one atomic
 * statement instead of SQLite's single-writer transaction.
 */
export function createPgIdempotencyStore(
  pool: pg.Pool,
  limits: IdempotencyLimits = DEFAULT_IDEMPOTENCY_LIMITS,
  now: () => number = Date.now,
): IdempotencyStore {
  return {
    async claim({ accountId, route, key }) {
      const at = now();
      await pool.query('DELETE FROM idempotency_keys WHERE created_at < $1', [at - limits.keepMs]);
      // ON CONFLICT DO NOTHING: of two instances inserting the same key at once, PostgreSQL lets
      // exactly one row in; the other waits for it to commit, then inserts nothing.
      const inserted = await pool.query(
        `INSERT INTO idempotency_keys (account_id, route, idem_key, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id, route, idem_key) DO NOTHING RETURNING seq`,
        [accountId, route, key, at],
      );
      if (inserted.rowCount === 1) {
        await pool.query(
          `DELETE FROM idempotency_keys WHERE account_id = $1 AND seq NOT IN (
             SELECT seq FROM idempotency_keys WHERE account_id = $1 ORDER BY created_at DESC, seq DESC LIMIT $2)`,
          [accountId, limits.perAccount],
        );
        return { state: 'claimed' };
      }
      // A stale claim is taken over by one statement that re-checks it is still stale under the
      // row's lock: of two instances retaking it at once, the second finds it fresh.
      const retaken = await pool.query(
        `UPDATE idempotency_keys SET created_at = $4
         WHERE account_id = $1 AND route = $2 AND idem_key = $3 AND status IS NULL AND created_at < $5`,
        [accountId, route, key, at, at - limits.pendingMs],
      );
      if (retaken.rowCount === 1) return { state: 'claimed' };
      const { rows } = await pool.query<{ status: number | null; body: string | null }>(
        'SELECT status, body FROM idempotency_keys WHERE account_id = $1 AND route = $2 AND idem_key = $3',
        [accountId, route, key],
      );
      const row = rows[0];
      if (row?.status != null && row.body != null) return { state: 'answered', response: { status: row.status, body: row.body } };
      return { state: 'pending' };
    },
    async complete({ accountId, route, key }, { status, body }) {
      await pool.query('UPDATE idempotency_keys SET status = $4, body = $5 WHERE account_id = $1 AND route = $2 AND idem_key = $3', [
        accountId,
        route,
        key,
        status,
        body,
      ]);
    },
    async release({ accountId, route, key }) {
      await pool.query('DELETE FROM idempotency_keys WHERE account_id = $1 AND route = $2 AND idem_key = $3 AND status IS NULL', [
        accountId,
        route,
        key,
      ]);
    },
    // The pool is the server's, shared by every store: it ends it once.
    async close() {},
  };
}
