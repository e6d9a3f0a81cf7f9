import { docDatabaseName } from './localDatabases';
import { inMeta, requestResult } from './metaStore';

/**
 * The names of the account's document databases: the browser's own list, plus the meta
 * `documents` keys for browsers without `indexedDB.databases()` (Firefox before 126).
 */
export async function documentDatabaseNames(accountId: string): Promise<string[]> {
  const prefix = docDatabaseName(accountId, '');
  const names = new Set<string>();
  if (typeof indexedDB.databases === 'function') {
    for (const info of await indexedDB.databases()) if (info.name?.startsWith(prefix)) names.add(info.name);
  }
  const documentIds = await inMeta(accountId, 'documents', 'readonly', (store) => requestResult(store.getAllKeys()));
  for (const documentId of documentIds) names.add(docDatabaseName(accountId, String(documentId)));
  return [...names];
}
