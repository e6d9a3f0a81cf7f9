import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { reviewStoreContract } from '../reviewStoreContract';
import { reviewMigration } from './migrations/003_review';
import { createPgReviewStore } from './pgReviewStore';

reviewStoreContract('PostgreSQL', async () => {
  const database = await createPgStoreDatabase([reviewMigration], createPgReviewStore);
  const store = await database.open();
  return { store, close: async () => (await store.close(), database.dispose()) };
});
