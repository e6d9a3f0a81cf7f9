import { inMeta, requestResult } from './metaStore';

/** What this tab knows of an open document: the session's `SyncTracker`. */
export interface OpenDocumentSync {
  readonly pending: boolean;
}

/** The documents open in this tab, whose sync state only their session knows. */
const openDocuments = new Set<OpenDocumentSync>();

/** Counts `tracker` among this tab's open documents until the returned function is called. */
export function watchOpenDocument(tracker: OpenDocumentSync): () => void {
  openDocuments.add(tracker);
  return () => openDocuments.delete(tracker);
}

/** Some document open in this tab has an edit the server has not acknowledged. */
export function openDocumentsUnsynced(): boolean {
  return [...openDocuments].some((tracker) => tracker.pending);
}

/** The part of a meta `documents` record kept up to date by the local copies. */
interface DocumentCopyState {
  unsynced?: boolean;
}

/**
 * Whether wiping the account's local copies now would lose something the server never got:
 * an unacknowledged edit in an open document, a stored copy marked `unsynced` (documents open
 * in another tab or closed before reconnecting), or a comment waiting in the queue.
 */
export async function hasUnsyncedEdits(accountId: string): Promise<boolean> {
  if (openDocumentsUnsynced()) return true;
  const copies = await inMeta(accountId, 'documents', 'readonly', (store) =>
    requestResult(store.getAll() as IDBRequest<DocumentCopyState[]>),
  );
  if (copies.some((copy) => copy.unsynced === true)) return true;
  const queued = await inMeta(accountId, 'commentQueue', 'readonly', (store) => requestResult(store.count()));
  return queued > 0;
}
