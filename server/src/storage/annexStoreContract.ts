import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnexRecord, AnnexStore } from './annexStore';

/**
 * The behaviour every AnnexStore must have (N1, S1 of issue 18). Each implementation's test file
 * calls this with a factory for a fresh, empty database; each `open` is one more store on it, as
 * the same server after a restart or another instance would open.
 */
export function annexStoreContract(
  name: string,
  makeDatabase: () => Promise<{ open(): Promise<AnnexStore>; dispose(): Promise<void> }>,
): void {
  describe(`AnnexStore contract: ${name}`, () => {
    let database: Awaited<ReturnType<typeof makeDatabase>>;
    const opened: AnnexStore[] = [];
    const open = async () => {
      const store = await database.open();
      opened.push(store);
      return store;
    };
    beforeEach(async () => {
      database = await makeDatabase();
    });
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await database.dispose();
    });

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
