import * as Y from 'yjs';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { indexStoredDocument, indexedDocumentOf } from './indexDocument';
import type { SearchIndex } from './searchIndex';

/**
 * The document store, with the search index following what is created (API, import,
 * demo), deleted, or changes status (validated text indexed as stored). Edits are not
 * indexed here but by the relay's SearchMirror, in the pauses of typing (Q4). A failure
 * of the index is logged and never fails the write: the index is derived data.
 */
export function searchIndexingStore(store: DocumentStore, index: SearchIndex, logger: Logger): DocumentStore {
  const guarded = async (id: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      logger.error('search.index_failed', { doc: id, reason: String(error) });
    }
  };
  // Delegating through the prototype, so that every other method (own or inherited, present or
  // added later) passes through unchanged.
  return Object.assign(Object.create(store) as DocumentStore, {
    async create(...args: Parameters<DocumentStore['create']>) {
      await store.create(...args);
      const [record, initialState] = args;
      await guarded(record.id, async () => {
        const created = await store.get(record.id);
        if (!created) return;
        const doc = new Y.Doc({ gc: false });
        try {
          Y.applyUpdate(doc, initialState);
          await index.index(indexedDocumentOf(created, doc));
        } finally {
          doc.destroy();
        }
      });
    },
    async delete(id: string) {
      await store.delete(id);
      await guarded(id, () => index.remove(id));
    },
    async setStatus(...args: Parameters<DocumentStore['setStatus']>) {
      await store.setStatus(...args);
      await guarded(args[0], () => indexStoredDocument(store, index, args[0], logger));
    },
  } satisfies Partial<DocumentStore>);
}
