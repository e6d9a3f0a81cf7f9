import * as Y from 'yjs';
import type { Logger } from '../log';
import { derivedIndexingStore } from '../storage/derivedIndexingStore';
import type { DocumentStore } from '../storage/documentStore';
import type { AnnexLinkIndex } from './annexLinkIndex';
import { indexStoredAnnexLinks, indexedAnnexLinksOf } from './indexAnnexLinks';

/** The document store, with the annex-link index following what is created, deleted or validated (N7). */
export function annexLinkIndexingStore(store: DocumentStore, index: AnnexLinkIndex, logger: Logger): DocumentStore {
  return derivedIndexingStore(
    store,
    {
      name: 'annex_links',
      async created(record, initialState) {
        const doc = new Y.Doc({ gc: false });
        try {
          Y.applyUpdate(doc, initialState);
          await index.index(indexedAnnexLinksOf(record, doc));
        } finally {
          doc.destroy();
        }
      },
      stored: (id) => indexStoredAnnexLinks(store, index, id, logger),
      remove: (id) => index.remove(id),
    },
    logger,
  );
}
