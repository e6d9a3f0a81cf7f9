import * as Y from 'yjs';
import type { Logger } from '../log';
import { derivedIndexingStore } from '../storage/derivedIndexingStore';
import type { DocumentStore } from '../storage/documentStore';
import { indexStoredCitations, indexedCitationsOf } from './indexCitations';
import type { MeasureIndex } from './measureIndex';

/** The document store, with the measure index following what is created, deleted or validated (X4). */
export function measureIndexingStore(store: DocumentStore, index: MeasureIndex, logger: Logger): DocumentStore {
  return derivedIndexingStore(
    store,
    {
      name: 'measures',
      async created(record, initialState) {
        const doc = new Y.Doc({ gc: false });
        try {
          Y.applyUpdate(doc, initialState);
          await index.index(indexedCitationsOf(record, doc));
        } finally {
          doc.destroy();
        }
      },
      stored: (id) => indexStoredCitations(store, index, id, logger),
      remove: (id) => index.remove(id),
    },
    logger,
  );
}
