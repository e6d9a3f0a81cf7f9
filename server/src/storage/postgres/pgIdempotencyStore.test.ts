import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import type { IdempotencyLimits, IdempotencyStore } from '../idempotencyStore';
import { idempotencyStoreContract } from '../idempotencyStoreContract';
import { reviewMigration } from './migrations/003_review';
import { createPgIdempotencyStore } from './pgIdempotencyStore';

// Each store opened gets a pool of its own: the contract's races are between two instances,
// as two server processes sharing one PostgreSQL (A17 cluster-wide, issue 18).
idempotencyStoreContract('PostgreSQL', async () => {
  const database = await createPgStoreDatabase([reviewMigration], (pool) => pool);
  return {
    async open(limits: IdempotencyLimits, now: () => number): Promise<IdempotencyStore> {
      return createPgIdempotencyStore(await database.open(), limits, now);
    },
    close: () => database.dispose(),
  };
});
