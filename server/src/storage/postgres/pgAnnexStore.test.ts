import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { annexStoreContract } from '../annexStoreContract';
import { lettersMigration } from './migrations/004_letters';
import { createPgAnnexStore } from './pgAnnexStore';

annexStoreContract('PostgreSQL', () => createPgStoreDatabase([lettersMigration], createPgAnnexStore));
