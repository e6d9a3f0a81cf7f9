/** Other tabs are asked on this channel to close their connections before a deletion. */
export const OFFLINE_CHANNEL = 'minutier-offline';
/** A deletion blocked by a connection that never closes must not hang the sign-out forever. */
const MAX_BLOCKED_RETRIES = 20;
const BLOCKED_RETRY_MS = 100;

export interface CloseRequest {
  type: 'close';
  accountId: string;
}

/**
 * Asks every other `minutier-offline` channel of this browser (other tabs, and the other
 * modules of this one) to close their connections to the account's databases.
 */
export function requestClose(accountId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(OFFLINE_CHANNEL);
  channel.postMessage({ type: 'close', accountId } satisfies CloseRequest);
  channel.close();
}

/** Deletes one database, resolving once it is gone; asks again while open connections block it. */
export async function deleteDatabase(name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await new Promise<'deleted' | 'blocked'>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve('deleted');
      request.onerror = () => reject(request.error);
      // `blocked` is followed by `success` once the others close; the pause then a new
      // request covers a tab that missed the close request.
      request.onblocked = () => {
        setTimeout(() => resolve('blocked'), BLOCKED_RETRY_MS);
      };
    });
    if (outcome === 'deleted') return;
    if (attempt >= MAX_BLOCKED_RETRIES) throw new Error(`IndexedDB database ${name} stays blocked by an open connection`);
  }
}
