import { describe, expect, it } from 'vitest';
import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { letterTemplateStoreContract } from '../letterTemplateStoreContract';
import { lettersMigration } from './migrations/004_letters';
import { openPgPool } from './pgPool';
import { createPgLetterTemplateStore } from './pgLetterTemplateStore';

letterTemplateStoreContract('PostgreSQL', () => createPgStoreDatabase([lettersMigration], createPgLetterTemplateStore));

describe('postgres letter template store (L6)', () => {
  it('L6: a stored template that no longer fits the schema reads as none, so the default replaces it', async () => {
    const database = await createPgStoreDatabase([lettersMigration], createPgLetterTemplateStore);
    const raw = openPgPool(database.url, 1);
    try {
      await raw.query('INSERT INTO letter_templates (collective_id, template) VALUES ($1, $2)', ['a', JSON.stringify({ place: 3 })]);
      expect(await (await database.open()).get('a')).toBeUndefined();
    } finally {
      await raw.end();
      await database.dispose();
    }
  });
});
