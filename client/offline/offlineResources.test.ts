import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '../../shared/api/auth';
import type { MinutesDocument } from '../../shared/api/minutes';
import { ApiRequestError } from '../api/http';
import { deleteAccountDatabases, metaDatabaseName, openMeta } from './localDatabases';
import { isOffline, tryServer } from './offlineMode';
import { getMeOrCopy, getMinutesOrCopy, NO_MINUTES_COPY, NO_SESSION_COPY } from './offlineResources';

/*
 * Issue 19: a compte-rendu this browser has opened opens again without network, from the copy
 * of `/api/me` and of `GET /api/minutes/:id` kept per account.
 */

const alice: MeResponse = {
  user: { id: 'alice', email: 'alice@exemple.org', name: 'Alice', role: 'member', associationId: null, associationName: null },
  collective: { id: 'c1', name: 'Collectif' },
  csrfToken: 'secret-csrf',
};

function minutes(id: string, epoch: number, title = 'Réunion du bureau'): MinutesDocument {
  return { id, epoch, meta: { title }, status: 'draft', access: 'write' } as unknown as MinutesDocument;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** The server as the client sees it: answers by path, or no network at all. */
let answers: Record<string, () => Response>;
let network: 'up' | 'down';

async function idb<T>(accountId: string, store: string, work: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode = 'readonly'): Promise<T> {
  const db = await openMeta(accountId);
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(store, mode).objectStore(store));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

async function storedDocument(accountId: string, id: string): Promise<Record<string, unknown> | undefined> {
  return idb(accountId, 'documents', (store) => store.get(id));
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  const storage = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
  network = 'up';
  answers = { '/api/me': () => json(200, alice), '/healthz': () => json(200, { ok: true }) };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      if (network === 'down') throw new TypeError('Failed to fetch');
      return answers[path]?.() ?? json(404, { error: 'not_found', message: 'Introuvable.' });
    }),
  );
});

afterEach(async () => {
  network = 'up';
  await tryServer();
  vi.unstubAllGlobals();
});

describe('issue 19: /api/me offline', () => {
  it('answers the last account signed in on this device, without its CSRF token, and marks the app offline', async () => {
    expect(await getMeOrCopy()).toEqual(alice);
    await vi.waitFor(async () => expect(await idb('alice', 'me', (store) => store.get('me'))).toBeDefined());
    expect(isOffline()).toBe(false);

    network = 'down';
    expect(await getMeOrCopy()).toEqual({ ...alice, csrfToken: null });
    expect(isOffline()).toBe(true);

    network = 'up';
    await tryServer();
    expect(isOffline()).toBe(false);
  });

  it('keeps nothing and answers nothing when « Garder les documents hors ligne » is off', async () => {
    await idb('alice', 'settings', (store) => store.put(false, 'keepOffline'), 'readwrite');
    await getMeOrCopy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await idb('alice', 'me', (store) => store.get('me'))).toBeUndefined();

    network = 'down';
    await expect(getMeOrCopy()).rejects.toMatchObject({ status: 0, message: NO_SESSION_COPY });
    expect(isOffline()).toBe(true);
  });

  it('answers from the copy only when the network failed, never instead of what the server said', async () => {
    await getMeOrCopy();
    await vi.waitFor(async () => expect(await idb('alice', 'me', (store) => store.get('me'))).toBeDefined());
    answers['/api/me'] = () => json(401, { error: 'unauthenticated', message: 'Connectez-vous.' });
    const refused = await getMeOrCopy().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiRequestError);
    expect((refused as ApiRequestError).status).toBe(401);
    expect(isOffline()).toBe(false);
  });

  it('after « Se déconnecter » wiped the account, offline opens nothing and recreates no database', async () => {
    await getMeOrCopy();
    await vi.waitFor(async () => expect(await idb('alice', 'me', (store) => store.get('me'))).toBeDefined());
    await deleteAccountDatabases('alice');

    network = 'down';
    await expect(getMeOrCopy()).rejects.toMatchObject({ status: 0, message: NO_SESSION_COPY });
    const names = (await indexedDB.databases()).map((info) => info.name);
    expect(names).not.toContain(metaDatabaseName('alice'));
  });
});

describe('issue 19: GET /api/minutes/:id offline', () => {
  it('opens a compte-rendu this account read before, from its copy', async () => {
    answers['/api/minutes/doc-1'] = () => json(200, minutes('doc-1', 3));
    await getMinutesOrCopy('alice', 'doc-1');
    await vi.waitFor(async () => expect((await storedDocument('alice', 'doc-1'))?.minutes).toEqual(minutes('doc-1', 3)));
    expect((await storedDocument('alice', 'doc-1'))?.epoch).toBe(3);

    network = 'down';
    expect(await getMinutesOrCopy('alice', 'doc-1')).toEqual(minutes('doc-1', 3));
    expect(isOffline()).toBe(true);
  });

  it('keeps the local copy’s epoch and fields, so that a stale copy is still seen as stale', async () => {
    // The local copy was made at epoch 2 and has edits the server has not acknowledged.
    await idb('alice', 'documents', (store) => store.put({ epoch: 2, unsynced: true }, 'doc-1'), 'readwrite');
    answers['/api/minutes/doc-1'] = () => json(200, minutes('doc-1', 5, 'Restaurée'));
    await getMinutesOrCopy('alice', 'doc-1');
    await vi.waitFor(async () => expect((await storedDocument('alice', 'doc-1'))?.minutes).toBeDefined());
    expect(await storedDocument('alice', 'doc-1')).toMatchObject({ epoch: 2, unsynced: true, minutes: minutes('doc-1', 5, 'Restaurée') });
  });

  it('never opens another account’s copy, nor a document never read here', async () => {
    answers['/api/minutes/doc-1'] = () => json(200, minutes('doc-1', 1));
    await getMinutesOrCopy('alice', 'doc-1');
    await vi.waitFor(async () => expect(await storedDocument('alice', 'doc-1')).toBeDefined());

    network = 'down';
    await expect(getMinutesOrCopy('bob', 'doc-1')).rejects.toMatchObject({ status: 0, message: NO_MINUTES_COPY });
    await expect(getMinutesOrCopy('alice', 'doc-2')).rejects.toMatchObject({ status: 0, message: NO_MINUTES_COPY });
  });

  it('does not answer from the copy when the server refuses (deleted document, access removed)', async () => {
    answers['/api/minutes/doc-1'] = () => json(200, minutes('doc-1', 1));
    await getMinutesOrCopy('alice', 'doc-1');
    await vi.waitFor(async () => expect(await storedDocument('alice', 'doc-1')).toBeDefined());
    delete answers['/api/minutes/doc-1'];
    await expect(getMinutesOrCopy('alice', 'doc-1')).rejects.toMatchObject({ status: 404 });
  });
});
