import type pg from 'pg';
import { type Migration, migrate } from '../storage/postgres/migrate';
import { openPgPool } from '../storage/postgres/pgPool';
import { createPgTestSchema } from './pgTestSchema';

/** A fresh schema with some migrations applied, on which a test opens stores as instances would. */
export interface PgStoreDatabase<S> {
  /** A store on a pool of its own: one more server instance on the same database. */
  open(): Promise<S>;
  /** The schema's `DATABASE_URL`, to reach its tables behind the stores' back. */
  url: string;
  /** Ends every pool opened and drops the schema. */
  dispose(): Promise<void>;
}

export async function createPgStoreDatabase<S>(migrations: readonly Migration[], makeStore: (pool: pg.Pool) => S): Promise<PgStoreDatabase<S>> {
  const schema = await createPgTestSchema();
  const pools: pg.Pool[] = [];
  const pool = () => {
    const opened = openPgPool(schema.url, 2);
    pools.push(opened);
    return opened;
  };
  await migrate(pool(), migrations);
  return {
    url: schema.url,
    async open() {
      return makeStore(pool());
    },
    async dispose() {
      for (const opened of pools.splice(0)) await opened.end();
      await schema.drop();
    },
  };
}
