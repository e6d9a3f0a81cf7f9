import type pg from 'pg';

/** One versioned change of the schema; ids sort in the order they are applied and never change. */
export interface Migration {
  id: string;
  sql: string;
}

/** Any fixed number: every instance takes the same advisory lock around its migrations. */
const MIGRATION_LOCK = 0x6d696e75;

/**
 * Applies, in order and once each, the migrations the database has not seen, each in its own
 * transaction with its record in `minutier_migrations`. Instances starting together take turns
 * under a PostgreSQL advisory lock: the second finds everything applied. Answers what it applied.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[]): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS minutier_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const done = new Set((await client.query<{ id: string }>('SELECT id FROM minutier_migrations')).rows.map((row) => row.id));
      const applied: string[] = [];
      for (const migration of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
        if (done.has(migration.id)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO minutier_migrations (id) VALUES ($1)', [migration.id]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${migration.id} failed: ${(error as Error).message}`);
        }
        applied.push(migration.id);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
