import type { Migration } from '../migrate';
import { documentsMigration } from './001_documents';
import { accountsMigration } from './002_accounts';
import { reviewMigration } from './003_review';
import { lettersMigration } from './004_letters';
import { derivedIndexesMigration } from './005_derived_indexes';
import { epochsMigration } from './006_epochs';

/** Every migration of the PostgreSQL schema, in order; a released one never changes (S4). */
export const pgMigrations: readonly Migration[] = [
  documentsMigration,
  accountsMigration,
  reviewMigration,
  lettersMigration,
  derivedIndexesMigration,
  epochsMigration,
];
