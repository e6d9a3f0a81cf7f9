import { deleteDatabase, requestClose } from './deleteDatabase';
import { documentDatabaseNames } from './documentDatabaseNames';
import { inMeta, requestResult } from './metaStore';

export const KEEP_OFFLINE_KEY = 'keepOffline';

/** What the stored value means: on unless turned off. */
export const keepsOffline = (stored: unknown): boolean => (typeof stored === 'boolean' ? stored : true);

/**
 * « Garder les documents hors ligne sur cet appareil », for this account on this device.
 * On unless turned off: the people this is for type minutes on bad Wi-Fi, where losing them
 * is the worse harm; shared computers are covered by « Se déconnecter », which wipes all.
 */
export async function keepOfflineSetting(accountId: string): Promise<boolean> {
  return keepsOffline(await inMeta(accountId, 'settings', 'readonly', (store) => requestResult(store.get(KEEP_OFFLINE_KEY))));
}

/**
 * Records the setting; turning it off also deletes the account's document copies (their
 * databases and the `documents` records), keeping the meta database and its settings.
 * Callers confirm first when `hasUnsyncedEdits` says something would be lost.
 */
export async function setKeepOffline(accountId: string, on: boolean): Promise<void> {
  await inMeta(accountId, 'settings', 'readwrite', (store) => requestResult(store.put(on, KEEP_OFFLINE_KEY)));
  if (!on) await deleteDocumentCopies(accountId);
}

async function deleteDocumentCopies(accountId: string): Promise<void> {
  // Tabs editing a document hold its database open: they are asked to let go of it.
  requestClose(accountId);
  for (const name of await documentDatabaseNames(accountId)) await deleteDatabase(name);
  await inMeta(accountId, 'documents', 'readwrite', (store) => requestResult(store.clear()));
}
