import type { Migration } from '../migrate';

/**
 * Each document's epoch (R29): bumped when a validation or a restore removes text, so that a
 * browser's offline copy from before is not merged back blindly. Existing documents start at 1.
 */
export const epochsMigration: Migration = {
  id: '006_epochs',
  sql: `ALTER TABLE documents ADD COLUMN epoch INTEGER NOT NULL DEFAULT 1;`,
};
