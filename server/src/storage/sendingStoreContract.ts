import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SendingRecord, SendingStore } from './sendingStore';

/**
 * The behaviour every SendingStore must have (D4, L8, S1 of issue 18). Each implementation's test
 * file calls this with a factory for a fresh, empty database; each `open` is one more store on it,
 * as the same server after a restart or another instance would open.
 */
export function sendingStoreContract(
  name: string,
  makeDatabase: () => Promise<{ open(): Promise<SendingStore>; dispose(): Promise<void> }>,
): void {
  describe(`SendingStore contract: ${name}`, () => {
    let database: Awaited<ReturnType<typeof makeDatabase>>;
    const opened: SendingStore[] = [];
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
