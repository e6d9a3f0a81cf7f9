import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OFFLINE_CHANNEL, type CloseRequest } from './deleteDatabase';
import { deleteAccountDatabases, docDatabaseName, metaDatabaseName, openMeta } from './localDatabases';
import { inMeta, requestResult } from './metaStore';

const open = (name: string) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const databaseNames = async () => (await indexedDB.databases()).map((info) => info.name);

/** Another tab editing a document: it holds the database open and only lets go when asked on the channel. */
function otherTabHolding(db: IDBDatabase, accountId: string): () => void {
  const channel = new BroadcastChannel(OFFLINE_CHANNEL);
  channel.onmessage = (event: MessageEvent<CloseRequest>) => {
    if (event.data.type === 'close' && event.data.accountId === accountId) db.close();
  };
  return () => channel.close();
}

describe('deleteAccountDatabases: what « Se déconnecter » wipes (issue 19)', () => {
  it('deletes every database of the account, even one another tab holds open, and no other account’s', async () => {
    await inMeta('alice', 'documents', 'readwrite', (store) => requestResult(store.put({ epoch: 1 }, 'doc-1')));
    (await open(docDatabaseName('alice', 'doc-1'))).close();
    const held = await open(docDatabaseName('alice', 'doc-2'));
    held.onversionchange = null;
    const stopListening = otherTabHolding(held, 'alice');
    (await open(docDatabaseName('bob', 'doc-1'))).close();

    await deleteAccountDatabases('alice');
    stopListening();

    const left = await databaseNames();
    expect(left.filter((name) => name?.startsWith('minutier:alice:'))).toEqual([]);
    expect(left).toContain(docDatabaseName('bob', 'doc-1'));
  });

  it('finds document copies through the meta list when the browser cannot list databases', async () => {
    await inMeta('carol', 'documents', 'readwrite', (store) => requestResult(store.put({ epoch: 1 }, 'doc-7')));
    (await open(docDatabaseName('carol', 'doc-7'))).close();
    const listing = indexedDB.databases;
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      await deleteAccountDatabases('carol');
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: listing, configurable: true });
    }
    const left = await databaseNames();
    expect(left).not.toContain(docDatabaseName('carol', 'doc-7'));
    expect(left).not.toContain(metaDatabaseName('carol'));
  });

  it('waits for a connection that closes late instead of leaving the database behind', async () => {
    const meta = await openMeta('dave');
    meta.onversionchange = null;
    setTimeout(() => meta.close(), 250);
    await deleteAccountDatabases('dave');
    expect(await databaseNames()).not.toContain(metaDatabaseName('dave'));
  });
});
