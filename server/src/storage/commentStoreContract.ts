import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentAuthor } from '../../../shared/api/comments';
import type { CommentStore } from './commentStore';

const helene: CommentAuthor = { userId: 'u1', name: 'Hélène De Rugy', association: 'Amicale du Nid' };
const martina: CommentAuthor = { userId: 'u2', name: 'Martina Andreeva', association: null };
const message = (id: string, author: CommentAuthor, body: string) => ({
  id,
  author,
  body,
  mentions: [{ id: 'a1', name: 'Hors la Rue' }],
  createdAt: `2026-12-01T08:0${id.length}:00.000Z`,
});

/** The behaviour every CommentStore must have (S1, issue 18); each implementation's test calls it with a fresh store. */
export function commentStoreContract(name: string, makeStore: () => Promise<{ store: CommentStore; close(): Promise<void> }>): void {
  describe(`CommentStore contract: ${name}`, () => {
    let store: CommentStore;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await makeStore());
    });
    afterEach(async () => {
      await close();
    });

    it('keeps a thread with its messages in order, each with its author as written', async () => {
      await store.createThread({ id: 't1', documentId: 'd1', quote: 'un état des lieux', createdAt: '2026-12-01T08:00:00.000Z' }, message('m1', helene, 'Concernant le commentaire de l’AFJ…'));
      const replied = await store.addReply('d1', 't1', message('m22', martina, 'D’accord.'));
      expect(replied).toMatchObject({
        id: 't1',
        documentId: 'd1',
        quote: 'un état des lieux',
        status: 'open',
        resolvedAt: null,
        resolvedBy: null,
        messages: [
          { id: 'm1', author: helene, body: 'Concernant le commentaire de l’AFJ…', mentions: [{ id: 'a1', name: 'Hors la Rue' }] },
          { id: 'm22', author: martina, body: 'D’accord.' },
        ],
      });
      expect(await store.listThreads('d1')).toEqual([replied]);
    });

    it('lists a document’s threads oldest first', async () => {
      await store.createThread({ id: 't2', documentId: 'd1', quote: '', createdAt: 'x' }, message('m1', helene, 'Premier'));
      await store.createThread({ id: 't1', documentId: 'd1', quote: '', createdAt: 'x' }, message('m2', martina, 'Second'));
      await store.addReply('d1', 't2', message('m3', martina, 'Réponse'));
      const threads = await store.listThreads('d1');
      expect(threads.map((thread) => [thread.id, thread.messages.map((m) => m.id)])).toEqual([
        ['t2', ['m1', 'm3']],
        ['t1', ['m2']],
      ]);
    });

    it('resolves and reopens, recording who resolved', async () => {
      await store.createThread({ id: 't1', documentId: 'd1', quote: '', createdAt: 'x' }, message('m1', helene, 'À reformuler'));
      const resolved = await store.setResolution('d1', 't1', { by: martina, at: '2026-12-02T10:00:00.000Z' });
      expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: '2026-12-02T10:00:00.000Z', resolvedBy: martina });
      const reopened = await store.setResolution('d1', 't1', null);
      expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });
    });

    it('a thread of another document reads as unknown and takes no reply', async () => {
      await store.createThread({ id: 't1', documentId: 'd1', quote: '', createdAt: 'x' }, message('m1', helene, 'Texte'));
      expect(await store.getThread('d2', 't1')).toBeUndefined();
      expect(await store.addReply('d2', 't1', message('m2', martina, 'Intrus'))).toBeUndefined();
      expect(await store.setResolution('d2', 't1', { by: martina, at: 'x' })).toBeUndefined();
      expect(await store.listThreads('d2')).toEqual([]);
      expect((await store.getThread('d1', 't1'))?.messages).toHaveLength(1);
    });

    it('forgets a deleted document’s threads with their messages, and only that document’s', async () => {
      await store.createThread({ id: 't1', documentId: 'd1', quote: '', createdAt: 'x' }, message('m1', helene, 'Texte'));
      await store.addReply('d1', 't1', message('m2', martina, 'Réponse'));
      await store.createThread({ id: 't2', documentId: 'd2', quote: '', createdAt: 'x' }, message('m3', helene, 'Ailleurs'));
      await store.forgetDocument('d1');
      expect(await store.listThreads('d1')).toEqual([]);
      expect(await store.getThread('d1', 't1')).toBeUndefined();
      expect((await store.listThreads('d2')).map((thread) => thread.id)).toEqual(['t2']);
    });
  });
}
