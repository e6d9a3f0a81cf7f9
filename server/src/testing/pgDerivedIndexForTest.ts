import type pg from 'pg';
import { migrate } from '../storage/postgres/migrate';
import { derivedIndexesMigration } from '../storage/postgres/migrations/005_derived_indexes';
import { openPgPool } from '../storage/postgres/pgPool';
import { createPgTestSchema } from './pgTestSchema';

/**
 * A PostgreSQL derived index on a fresh schema of its own, for one test: its `close()` also ends
 * the pool and drops the schema (the index's own close leaves the shared pool open).
 */
export async function pgDerivedIndexForTest<Index extends { close(): Promise<void> }>(create: (pool: pg.Pool) => Index): Promise<Index> {
  const schema = await createPgTestSchema();
  const pool = openPgPool(schema.url, 4);
  await migrate(pool, [derivedIndexesMigration]);
  const index = create(pool);
  return {
    ...index,
    async close() {
      await index.close();
      await pool.end();
      await schema.drop();
    },
  };
}
