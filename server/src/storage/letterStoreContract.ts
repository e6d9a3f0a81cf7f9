import { describe, expect, it } from 'vitest';
import { sampleLetterFields } from '../letters/letterTestHelpers';
import type { LetterRecord, LetterStore } from './letterStore';
import { type StoreDatabase, useStoreDatabase } from './storeDatabase';

/** The behaviour every LetterStore must have (L1, L3, S1 of issue 18); each implementation's test calls it with a fresh StoreDatabase. */
export function letterStoreContract(name: string, makeDatabase: () => Promise<StoreDatabase<LetterStore>>): void {
  describe(`LetterStore contract: ${name}`, () => {
    const open = useStoreDatabase(makeDatabase);

    const letter = (id: string, createdAt: string, minutesId = 'cr-1'): LetterRecord => ({
      id,
      minutesId,
      collectiveId: 'collectif',
      fields: sampleLetterFields(),
      revision: 0,
      createdAt,
      createdBy: 'user-1',
      updatedAt: createdAt,
    });

    it('L1: lists the letters of one compte-rendu newest first, with their fields, and deletes one', async () => {
      const store = await open();
      await store.add(letter('old', '2026-12-01T10:00:00.000Z'));
      await store.add(letter('new', '2026-12-02T10:00:00.000Z'));
      await store.add(letter('other', '2026-12-03T10:00:00.000Z', 'cr-2'));
      const listed = await store.listOfMinutes('cr-1');
      expect(listed.map((row) => row.id)).toEqual(['new', 'old']);
      expect(listed[0]).toEqual(letter('new', '2026-12-02T10:00:00.000Z'));
      await store.delete('old');
      expect(await store.get('old')).toBeUndefined();
      expect((await store.listOfMinutes('cr-1')).map((row) => row.id)).toEqual(['new']);
    });

    it('L1: letters created in the same millisecond list the later one first', async () => {
      const store = await open();
      for (const id of ['first', 'second', 'third']) await store.add(letter(id, '2026-12-01T10:00:00.000Z'));
      expect((await store.listOfMinutes('cr-1')).map((row) => row.id)).toEqual(['third', 'second', 'first']);
    });

    it('L3: a save from the stored revision bumps it; a save from an older one changes nothing and answers the stored letter', async () => {
      const store = await open();
      await store.add(letter('a', '2026-12-01T10:00:00.000Z'));
      const changed = { ...sampleLetterFields(), object: 'Envoi du compte-rendu' };
      const saved = await store.update('a', 0, changed, '2026-12-01T11:00:00.000Z');
      expect(saved).toMatchObject({ ok: true, letter: { revision: 1, fields: changed, updatedAt: '2026-12-01T11:00:00.000Z' } });
      const stale = await store.update('a', 0, sampleLetterFields(), '2026-12-01T12:00:00.000Z');
      expect(stale).toMatchObject({ ok: false, stale: { revision: 1, fields: changed } });
      expect(await store.update('missing', 0, changed, '2026-12-01T12:00:00.000Z')).toBeUndefined();
      await store.close();
      const reopened = await open();
      expect((await reopened.get('a'))?.fields.object).toBe('Envoi du compte-rendu');
    });

    it('L3: saves from one revision on two instances at once: exactly one is written, the others are told it is stale', async () => {
      const [a, b] = [await open(), await open()];
      await a.add(letter('a', '2026-12-01T10:00:00.000Z'));
      const saves = Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? b : a).update('a', 0, { ...sampleLetterFields(), object: `Objet ${i}` }, '2026-12-01T11:00:00.000Z'),
      );
      const answers = await Promise.all(saves);
      const written = answers.filter((answer) => answer?.ok);
      expect(written).toHaveLength(1);
      const winner = written[0]!.ok ? written[0]!.letter : undefined;
      expect(winner?.revision).toBe(1);
      for (const answer of answers) if (answer && !answer.ok) expect(answer.stale).toEqual(winner);
      expect(await b.get('a')).toEqual(winner);
    });
  });
}
