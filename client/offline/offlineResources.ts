import type { MeResponse } from '../../shared/api/auth';
import type { MinutesDocument } from '../../shared/api/minutes';
import { getMe } from '../api/authApi';
import { ApiRequestError } from '../api/http';
import { getMinutes } from '../api/minutesApi';
import { metaDatabaseName, openMeta } from './localDatabases';
import { keepsOffline, KEEP_OFFLINE_KEY } from './keepOffline';
import { readLastAccountId, writeLastAccountId } from './lastAccount';
import { markServerUnreachable } from './offlineMode';

/*
 * What opening a compte-rendu offline needs (issue 19): `/api/me` and `GET /api/minutes/:id`.
 * While the network works, their last answers are kept in the account's meta database; when
 * it fails, they are answered from there and the app is marked offline. Only while the
 * account keeps its documents on this device (setting `keepOffline`, on unless turned off).
 */

/** The meta `documents` record; other fields belong to the local copies and are kept as they are. */
interface DocumentRecord {
  epoch: number;
  minutes: MinutesDocument;
  savedAt: string;
  [other: string]: unknown;
}

export const NO_SESSION_COPY =
  'Vous êtes hors ligne et cet appareil ne garde pas de copie de votre compte. Minutier s’ouvrira au retour du réseau.';
export const NO_MINUTES_COPY =
  'Vous êtes hors ligne et ce compte-rendu n’a pas été gardé sur cet appareil. Il s’ouvrira au retour du réseau.';

/** The request never reached the server (not an answer from it, nor a cancellation). */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  if (error instanceof ApiRequestError) return error.status === 0;
  return error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false);
}

/** `/api/me`, or offline the copy of the last account that signed in here. */
export async function getMeOrCopy(signal?: AbortSignal): Promise<MeResponse> {
  let me: MeResponse;
  try {
    me = await getMe(signal);
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
    markServerUnreachable();
    const copy = await readMeCopy().catch(warnAndForget);
    if (!copy) throw new ApiRequestError(NO_SESSION_COPY, 0);
    return copy;
  }
  // Kept in the background: the page does not wait for the disk.
  void rememberMe(me).catch(warnAndForget);
  return me;
}

/** `GET /api/minutes/:id`, or offline the answer last read by `accountId` on this device. */
export async function getMinutesOrCopy(accountId: string, id: string, signal?: AbortSignal): Promise<MinutesDocument> {
  let minutes: MinutesDocument;
  try {
    minutes = await getMinutes(id, signal);
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
    markServerUnreachable();
    const copy = await readMinutesCopy(accountId, id).catch(warnAndForget);
    if (!copy) throw new ApiRequestError(NO_MINUTES_COPY, 0);
    answersFromCopies.add(copy);
    return copy;
  }
  void rememberMinutes(accountId, minutes).catch(warnAndForget);
  return minutes;
}

/** The answers `getMinutesOrCopy` gave from this device's copy rather than from the server. */
const answersFromCopies = new WeakSet<MinutesDocument>();

/** Whether `minutes` came from this device's copy (offline), not from the server. */
export const answeredFromCopy = (minutes: MinutesDocument): boolean => answersFromCopies.has(minutes);

async function rememberMe(me: MeResponse): Promise<void> {
  writeLastAccountId(me.user.id);
  await withMeta(me.user.id, ['settings', 'me'], 'readwrite', (transaction, keep) => {
    if (!keep) return;
    // The CSRF token belongs to the session and is asked again before any write: not kept.
    transaction.objectStore('me').put({ ...me, csrfToken: null } satisfies MeResponse, 'me');
  });
}

/**
 * Records the server's last answer for the document. Its `epoch` is written only for a new
 * record: an existing one is the epoch of the local copy, which the copy must be compared
 * with before it is merged (a newer epoch here would hide a stale copy).
 */
async function rememberMinutes(accountId: string, minutes: MinutesDocument): Promise<void> {
  await withMeta(accountId, ['settings', 'documents'], 'readwrite', (transaction, keep) => {
    if (!keep) return;
    const documents = transaction.objectStore('documents');
    const read = documents.get(minutes.id);
    read.onsuccess = () => {
      const existing = read.result as Partial<DocumentRecord> | undefined;
      const record: DocumentRecord = {
        ...existing,
        epoch: existing?.epoch ?? minutes.epoch,
        minutes,
        savedAt: new Date().toISOString(),
      };
      documents.put(record, minutes.id);
    };
  });
}

async function readMeCopy(): Promise<MeResponse | null> {
  const accountId = readLastAccountId();
  if (!accountId || !(await metaExists(accountId))) return null;
  return withMeta(accountId, ['settings', 'me'], 'readonly', (transaction, keep) =>
    keep ? requestValue<MeResponse>(transaction.objectStore('me').get('me')) : null,
  ).then((me) => (me?.user.id === accountId ? me : null));
}

async function readMinutesCopy(accountId: string, id: string): Promise<MinutesDocument | null> {
  if (!(await metaExists(accountId))) return null;
  const record = await withMeta(accountId, ['settings', 'documents'], 'readonly', (transaction, keep) =>
    keep ? requestValue<Partial<DocumentRecord>>(transaction.objectStore('documents').get(id)) : null,
  );
  return record?.minutes ?? null;
}

/**
 * Runs `work` in one transaction of the account's meta database, telling it whether the
 * account keeps its documents on this device, and closes the connection afterwards (an open
 * one would hold up « Se déconnecter », which deletes the database).
 */
async function withMeta<T>(
  accountId: string,
  stores: string[],
  mode: IDBTransactionMode,
  work: (transaction: IDBTransaction, keep: boolean) => T | Promise<T>,
): Promise<T> {
  const db = await openMeta(accountId);
  try {
    const transaction = db.transaction(stores, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    const setting = await requestValue<unknown>(transaction.objectStore('settings').get(KEEP_OFFLINE_KEY));
    const result = await work(transaction, keepsOffline(setting));
    await done;
    return result;
  } finally {
    db.close();
  }
}

function requestValue<T>(request: IDBRequest): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Whether the account has a meta database here, found without creating one: opening an
 * absent database would leave an empty one behind, for instance after « Se déconnecter ».
 */
function metaExists(accountId: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.open(metaDatabaseName(accountId));
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      request.result.close();
      resolve(true);
    };
    request.onerror = () => resolve(false);
  });
}

function warnAndForget(error: unknown): null {
  console.warn('Offline copy unavailable', error);
  return null;
}
