import { openMeta } from './localDatabases';

/** The stores of the account's meta database (see `localDatabases.ts`). */
export type MetaStoreName = 'documents' | 'me' | 'settings' | 'commentQueue';

/** An IndexedDB request as a promise. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Runs `work` in one transaction of the account's meta database and closes the connection
 * afterwards: a connection held open would block « Se déconnecter » from deleting it.
 */
export async function inMeta<T>(
  accountId: string,
  store: MetaStoreName,
  mode: IDBTransactionMode,
  work: (objectStore: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await openMeta(accountId);
  try {
    const transaction = db.transaction(store, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    const result = await work(transaction.objectStore(store));
    await done;
    return result;
  } finally {
    db.close();
  }
}
