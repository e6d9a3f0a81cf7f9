import { describe, expect, it } from 'vitest';
import type { AnnexRecord, AnnexStore } from './annexStore';
import { type StoreDatabase, useStoreDatabase } from './storeDatabase';

/** The behaviour every AnnexStore must have (N1, S1 of issue 18); each implementation's test calls it with a fresh StoreDatabase. */
export function annexStoreContract(name: string, makeDatabase: () => Promise<StoreDatabase<AnnexStore>>): void {
  describe(`AnnexStore contract: ${name}`, () => {
    const open = useStoreDatabase(makeDatabase);

    const annex = (id: string, documentId = 'cr-1'): AnnexRecord => ({
      id,
      documentId,
      name: `${id}.pdf`,
      mediaType: 'application/pdf',
      size: 1234,
      sha256: 'a'.repeat(64),
      uploadedBy: 'user-1',
      uploadedAt: '2026-12-07T10:00:00.000Z',
    });

    it('N1: lists a document’s annexes oldest first, and reads another document’s annex as unknown', async () => {
      const store = await open();
      await store.add(annex('b'));
      await store.add(annex('a'));
      await store.add(annex('other', 'cr-2'));
      expect((await store.list('cr-1')).map((a) => a.id)).toEqual(['b', 'a']);
      expect(await store.get('cr-1', 'a')).toEqual(annex('a'));
      expect(await store.get('cr-1', 'other')).toBeUndefined();
      expect(await store.remove('cr-1', 'other')).toBe(false);
      expect(await store.remove('cr-1', 'a')).toBe(true);
      expect((await store.list('cr-1')).map((a) => a.id)).toEqual(['b']);
      await store.forgetDocument('cr-1');
      expect(await store.list('cr-1')).toEqual([]);
      expect(await store.list('cr-2')).toHaveLength(1);
    });

    it('keeps the rows across a restart, with the size as a number', async () => {
      const first = await open();
      await first.add({ ...annex('kept'), size: 3_000_000_000 });
      await first.close();
      const second = await open();
      expect(await second.list('cr-1')).toEqual([{ ...annex('kept'), size: 3_000_000_000 }]);
    });
  });
}
