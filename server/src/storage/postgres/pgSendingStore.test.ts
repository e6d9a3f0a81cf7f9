import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { sendingStoreContract } from '../sendingStoreContract';
import { lettersMigration } from './migrations/004_letters';
import { createPgSendingStore } from './pgSendingStore';

sendingStoreContract('PostgreSQL', () => createPgStoreDatabase([lettersMigration], createPgSendingStore));
