import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { docDatabaseName, metaDatabaseName } from '../offline/localDatabases';
import { inMeta, requestResult } from '../offline/metaStore';
import { readLastAccountId, writeLastAccountId } from '../offline/lastAccount';
import { signOutAndWipe } from './signOutWipe';

const signOut = vi.hoisted(() => vi.fn<() => Promise<void>>());
vi.mock('../api/authApi', () => ({ signOut }));

const storage = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => storage.set(key, value),
  removeItem: (key: string) => storage.delete(key),
});

const databaseNames = async () => (await indexedDB.databases()).map((info) => info.name);

describe('« Se déconnecter » wipes the account’s local copies (issue 19)', () => {
  beforeEach(async () => {
    signOut.mockReset();
    writeLastAccountId('gina');
    await inMeta('gina', 'documents', 'readwrite', (store) => requestResult(store.put({ epoch: 1 }, 'doc-1')));
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(docDatabaseName('gina', 'doc-1'));
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
  });

  it('deletes the databases and the last-account pointer, then ends the session', async () => {
    signOut.mockImplementation(async () => {
      // The wipe is done (awaited) before the server is told.
      expect(await databaseNames()).not.toContain(metaDatabaseName('gina'));
    });
    await signOutAndWipe('gina');
    expect(signOut).toHaveBeenCalledOnce();
    expect((await databaseNames()).filter((name) => name?.startsWith('minutier:gina:'))).toEqual([]);
    expect(readLastAccountId()).toBeNull();
  });

  it('wipes even when the server cannot be reached to end the session', async () => {
    signOut.mockRejectedValue(new Error('Impossible de joindre le serveur. Vérifiez votre connexion.'));
    await expect(signOutAndWipe('gina')).rejects.toThrow('Impossible de joindre le serveur');
    expect((await databaseNames()).filter((name) => name?.startsWith('minutier:gina:'))).toEqual([]);
  });
});
