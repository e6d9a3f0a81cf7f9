import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { commentStoreContract } from '../commentStoreContract';
import { reviewMigration } from './migrations/003_review';
import { createPgCommentStore } from './pgCommentStore';

commentStoreContract('PostgreSQL', async () => {
  const database = await createPgStoreDatabase([reviewMigration], createPgCommentStore);
  const store = await database.open();
  return { store, close: async () => (await store.close(), database.dispose()) };
});
