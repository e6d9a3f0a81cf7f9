import type { CommentQueueStore, QueuedComment, StoredComment } from './commentQueue';
import { inMeta, requestResult } from './metaStore';

/** The queue in the account's meta database (`commentQueue`, auto-increment keys give the order). */
export function metaCommentQueue(accountId: string): CommentQueueStore {
  return {
    list: (documentId) =>
      inMeta(accountId, 'commentQueue', 'readonly', async (store) => {
        const [keys, items] = await Promise.all([
          requestResult(store.getAllKeys()),
          requestResult(store.getAll() as IDBRequest<QueuedComment[]>),
        ]);
        const stored: StoredComment[] = [];
        items.forEach((item, index) => {
          if (item.documentId === documentId) stored.push({ key: Number(keys[index]), item });
        });
        return stored;
      }),
    add: (item) => inMeta(accountId, 'commentQueue', 'readwrite', async (store) => Number(await requestResult(store.add(item)))),
    put: (key, item) =>
      inMeta(accountId, 'commentQueue', 'readwrite', async (store) => {
        await requestResult(store.put(item, key));
      }),
    remove: (key) =>
      inMeta(accountId, 'commentQueue', 'readwrite', async (store) => {
        await requestResult(store.delete(key));
      }),
  };
}
