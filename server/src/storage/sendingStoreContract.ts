import { describe, expect, it } from 'vitest';
import type { SendingRecord, SendingStore } from './sendingStore';
import { type StoreDatabase, useStoreDatabase } from './storeDatabase';

/** The behaviour every SendingStore must have (D4, L8, S1 of issue 18); each implementation's test calls it with a fresh StoreDatabase. */
export function sendingStoreContract(name: string, makeDatabase: () => Promise<StoreDatabase<SendingStore>>): void {
  describe(`SendingStore contract: ${name}`, () => {
    const open = useStoreDatabase(makeDatabase);

    const sending = (id: string, documentId = 'cr-1'): SendingRecord => ({
      id,
      documentId,
      channel: 'email',
      addressee: 'Ministère de l’Intérieur',
      recipients: [{ email: 'cabinet@exemple.gouv.fr', name: 'Cabinet' }],
      files: [{ name: '2014-03-03-compte-rendu.pdf', size: 1234, sha256: 'a'.repeat(64) }],
      letterId: null,
      messageId: '<1@exemple.org>',
      sentBy: 'user-1',
      sentAt: '2026-12-07T10:00:00.000Z',
    });

    it('D4: lists a document’s sendings oldest first with their recipients and files, and forgets them with it', async () => {
      const store = await open();
      await store.add(sending('b'));
      await store.add({ ...sending('a'), channel: 'outside', recipients: [], messageId: null });
      await store.add(sending('other', 'cr-2'));
      const listed = await store.list('cr-1');
      expect(listed.map((s) => s.id)).toEqual(['b', 'a']);
      expect(listed[0]).toEqual(sending('b'));
      expect(listed[1]).toMatchObject({ channel: 'outside', recipients: [], messageId: null });
      await store.forgetDocument('cr-1');
      expect(await store.list('cr-1')).toEqual([]);
      expect(await store.list('cr-2')).toHaveLength(1);
    });

    it('D4: keeps the rows across a restart', async () => {
      const first = await open();
      await first.add(sending('kept'));
      await first.close();
      const second = await open();
      expect((await second.list('cr-1')).map((s) => s.id)).toEqual(['kept']);
    });

    it('L8: keeps the cover letter a sending carried', async () => {
      const store = await open();
      await store.add(sending('without-letter'));
      await store.add({ ...sending('with-letter'), letterId: 'lettre-1' });
      expect((await store.list('cr-1')).map((s) => [s.id, s.letterId])).toEqual([
        ['without-letter', null],
        ['with-letter', 'lettre-1'],
      ]);
    });
  });
}
