import * as Y from 'yjs';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { indexStoredCitations, indexedCitationsOf } from './indexCitations';
import type { MeasureIndex } from './measureIndex';

/**
 * The document store, with the measure index following what is created, deleted, or
 * changes status (a validated text indexed as stored). Edits are indexed by the relay's
 * MeasureMirror in the pauses of typing (X4). A failure of the index is logged and never
 * fails the write: the index is derived data.
 */
export function measureIndexingStore(store: DocumentStore, index: MeasureIndex, logger: Logger): DocumentStore {
  const guarded = async (id: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      logger.error('measures.index_failed', { doc: id, reason: String(error) });
    }
  };
  // Delegating through the prototype, so every other method passes through unchanged.
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
          await index.index(indexedCitationsOf(created, doc));
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
      await guarded(args[0], () => indexStoredCitations(store, index, args[0], logger));
    },
  } satisfies Partial<DocumentStore>);
}
