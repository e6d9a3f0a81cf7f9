import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keepOfflineSetting, setKeepOffline } from './keepOffline';
import { docDatabaseName, metaDatabaseName } from './localDatabases';
import { inMeta, requestResult } from './metaStore';

const databaseNames = async () => (await indexedDB.databases()).map((info) => info.name);
const createDatabase = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });

describe('« Garder les documents hors ligne sur cet appareil » (issue 19)', () => {
  it('is on for an account that never chose, and remembered per account', async () => {
    expect(await keepOfflineSetting('first-sign-in')).toBe(true);
    await setKeepOffline('chooser', false);
    expect(await keepOfflineSetting('chooser')).toBe(false);
    expect(await keepOfflineSetting('other-account')).toBe(true);
    await setKeepOffline('chooser', true);
    expect(await keepOfflineSetting('chooser')).toBe(true);
  });

  it('turned off, deletes the account’s document copies but keeps its settings', async () => {
    await inMeta('erin', 'documents', 'readwrite', (store) => requestResult(store.put({ epoch: 1 }, 'doc-1')));
    await createDatabase(docDatabaseName('erin', 'doc-1'));
    await createDatabase(docDatabaseName('frank', 'doc-1'));

    await setKeepOffline('erin', false);

    const left = await databaseNames();
    expect(left).not.toContain(docDatabaseName('erin', 'doc-1'));
    expect(left).toContain(docDatabaseName('frank', 'doc-1'));
    expect(left).toContain(metaDatabaseName('erin'));
    expect(await inMeta('erin', 'documents', 'readonly', (store) => requestResult(store.count()))).toBe(0);
    expect(await keepOfflineSetting('erin')).toBe(false);
  });
});
