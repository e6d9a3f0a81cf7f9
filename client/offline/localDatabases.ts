/**
 * The browser's local copies, per account (issue 19): one y-indexeddb database per document
 * and one small `meta` database. Every name starts with `minutier:<accountId>:` so that one
 * account's copies can be found and wiped without touching another's.
 *
 * Every connection this app opens to one of them registers with `closeWhenAsked`, so that
 * a wipe (« Se déconnecter », the setting turned off) is never blocked by this tab or another.
 */

import { deleteDatabase, OFFLINE_CHANNEL, requestClose, type CloseRequest } from './deleteDatabase';
import { documentDatabaseNames } from './documentDatabaseNames';

const META_VERSION = 1;
const META_STORES = ['documents', 'me', 'settings'] as const;

const accountPrefix = (accountId: string) => `minutier:${accountId}:`;

export function docDatabaseName(accountId: string, documentId: string): string {
  return `${accountPrefix(accountId)}doc:${documentId}`;
}

export function metaDatabaseName(accountId: string): string {
  return `${accountPrefix(accountId)}meta`;
}

/** Per account, what closes each open connection of this tab. */
const closers = new Map<string, Set<() => void>>();
/** One listener per tab; a channel does not hear its own messages, so `requestClose` uses another. */
let channel: BroadcastChannel | null = null;

function listenForCloseRequests(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(OFFLINE_CHANNEL);
  channel.onmessage = (event: MessageEvent<CloseRequest>) => {
    if (event.data?.type !== 'close') return;
    for (const close of [...(closers.get(event.data.accountId) ?? [])]) close();
  };
}

/**
 * Calls `close` when a deletion of the account's databases asks (from this tab or another),
 * until the returned function is called. Use it for every connection to a `minutier:` database.
 */
export function closeWhenAsked(accountId: string, close: () => void): () => void {
  listenForCloseRequests();
  const forAccount = closers.get(accountId) ?? new Set();
  closers.set(accountId, forAccount);
  const once = () => {
    stop();
    close();
  };
  const stop = () => {
    forAccount.delete(once);
    if (forAccount.size === 0) closers.delete(accountId);
  };
  forAccount.add(once);
  return stop;
}

/** The account's meta database; the caller closes it. It closes itself when a deletion asks. */
export function openMeta(accountId: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(metaDatabaseName(accountId), META_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of META_STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      if (!db.objectStoreNames.contains('commentQueue')) db.createObjectStore('commentQueue', { autoIncrement: true });
    };
    request.onsuccess = () => {
      const db = request.result;
      const closeConnection = db.close.bind(db);
      const stop = closeWhenAsked(accountId, closeConnection);
      // Closed by its user or by a deletion: either way, nothing is left listening for it.
      db.close = () => {
        stop();
        closeConnection();
      };
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
}

/** Deletes every `minutier:<accountId>:*` database, meta included, once each is really gone. */
export async function deleteAccountDatabases(accountId: string): Promise<void> {
  const names = new Set(await documentDatabaseNames(accountId));
  names.add(metaDatabaseName(accountId));
  requestClose(accountId);
  for (const name of names) await deleteDatabase(name);
}
