import * as Y from 'yjs';
import type { Logger } from '../log';
import { derivedIndexingStore } from '../storage/derivedIndexingStore';
import type { DocumentStore } from '../storage/documentStore';
import { indexStoredDocument, indexedDocumentOf } from './indexDocument';
import type { SearchIndex } from './searchIndex';

/** The document store, with the search index following what is created, deleted or validated (Q4). */
export function searchIndexingStore(store: DocumentStore, index: SearchIndex, logger: Logger): DocumentStore {
  return derivedIndexingStore(
    store,
    {
      name: 'search',
      async created(record, initialState) {
        const doc = new Y.Doc({ gc: false });
        try {
          Y.applyUpdate(doc, initialState);
          await index.index(indexedDocumentOf(record, doc));
        } finally {
          doc.destroy();
        }
      },
      stored: (id) => indexStoredDocument(store, index, id, logger),
      remove: (id) => index.remove(id),
    },
    logger,
  );
}
