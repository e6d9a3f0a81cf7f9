import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { textIndexingStore } from '../storage/textDerivedIndex';
import { searchTextIndex } from './indexDocument';
import type { SearchIndex } from './searchIndex';

/** The document store, with the search index following what is created, deleted or validated (Q4). */
export function searchIndexingStore(store: DocumentStore, index: SearchIndex, logger: Logger): DocumentStore {
  return textIndexingStore(store, searchTextIndex(index), logger);
}
