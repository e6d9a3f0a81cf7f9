import * as Y from 'yjs';
import type { MinutesDocument } from '../../shared/api/minutes';
import { inMeta, requestResult } from './metaStore';

/** A meta `documents` record: what the page last read over HTTP, and how far the server got. */
export interface CopyRecord {
  /** The server's epoch when the copy was taken (the page opened online). */
  epoch: number;
  /** `GET /api/minutes/:id` as last read online: the page opens from it offline. */
  minutes: MinutesDocument;
  savedAt: string;
  /**
   * Encoded Yjs state vector of the copy when the server had acknowledged all of it: an
   * operation beyond it was typed here and never reached the server.
   */
  acknowledged?: Uint8Array;
  /** Some edit of the copy is not acknowledged (read by « Se déconnecter » to warn first). */
  unsynced?: boolean;
}

export const NOTHING_ACKNOWLEDGED = Y.encodeStateVector(new Y.Doc());

export async function readCopyRecord(accountId: string, documentId: string): Promise<CopyRecord | null> {
  const record = await inMeta(accountId, 'documents', 'readonly', (store) => requestResult<CopyRecord | undefined>(store.get(documentId)));
  return record ?? null;
}

export function writeCopyRecord(accountId: string, documentId: string, record: CopyRecord): Promise<unknown> {
  return inMeta(accountId, 'documents', 'readwrite', (store) => requestResult(store.put(record, documentId)));
}

export function deleteCopyRecord(accountId: string, documentId: string): Promise<unknown> {
  return inMeta(accountId, 'documents', 'readwrite', (store) => requestResult(store.delete(documentId)));
}

/** Changes some fields of an existing record; a record deleted meanwhile (a wipe) stays deleted. */
export async function updateCopyRecord(
  accountId: string,
  documentId: string,
  change: Pick<CopyRecord, 'acknowledged' | 'unsynced'>,
): Promise<void> {
  const record = await readCopyRecord(accountId, documentId);
  if (record) await writeCopyRecord(accountId, documentId, { ...record, ...change });
}
