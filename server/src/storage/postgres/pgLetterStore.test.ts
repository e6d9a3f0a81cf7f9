import { describe, expect, it } from 'vitest';
import { createPgStoreDatabase } from '../../testing/pgStoreDatabase';
import { sampleLetterFields } from '../../letters/letterTestHelpers';
import { letterStoreContract } from '../letterStoreContract';
import { lettersMigration } from './migrations/004_letters';
import { createPgLetterStore } from './pgLetterStore';

letterStoreContract('PostgreSQL', () => createPgStoreDatabase([lettersMigration], createPgLetterStore));

describe('postgres letter store', () => {
  it('L3: two pools saving the same letter from the same revision at once, over many rounds: exactly one save each round', async () => {
    const database = await createPgStoreDatabase([lettersMigration], createPgLetterStore);
    try {
      const [a, b] = [await database.open(), await database.open()];
      const createdAt = '2026-12-01T10:00:00.000Z';
      await a.add({
        id: 'l',
        minutesId: 'cr-1',
        collectiveId: 'c',
        fields: sampleLetterFields(),
        revision: 0,
        createdAt,
        createdBy: 'u',
        updatedAt: createdAt,
      });
      for (let revision = 0; revision < 20; revision++) {
        const save = (store: typeof a, who: string) => store.update('l', revision, { ...sampleLetterFields(), object: `${who} ${revision}` }, createdAt);
        const answers = await Promise.all([save(a, 'A'), save(b, 'B')]);
        expect(answers.filter((answer) => answer?.ok)).toHaveLength(1);
      }
      expect((await b.get('l'))?.revision).toBe(20);
    } finally {
      await database.dispose();
    }
  });
});
