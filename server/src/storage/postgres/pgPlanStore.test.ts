import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { planStoreContract } from '../planStoreContract';
import { reviewMigration } from './migrations/003_review';
import { createPgPlanStore } from './pgPlanStore';

planStoreContract('PostgreSQL', async () => {
  const database = await createPgStoreDatabase([reviewMigration], createPgPlanStore);
  const store = await database.open();
  return { store, close: async () => (await store.close(), database.dispose()) };
});
