import type { Logger } from '../log';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { rebuildDerivedIndex } from '../storage/rebuildDerivedIndex';
import { indexStoredDocument } from './indexDocument';
import { SEARCH_INDEX_VERSION, type SearchIndex } from './searchIndex';

/** Brings the search index up to date at start-up (SPEC Q3); searches meanwhile see the documents indexed so far. */
export function rebuildSearchIndex(
  deps: { documents: DocumentStore; accounts: Pick<AccountStore, 'listCollectives'>; search: SearchIndex },
  logger: Logger,
  version = SEARCH_INDEX_VERSION,
): Promise<number> {
  const { documents, search } = deps;
  return rebuildDerivedIndex('search', deps, search, (id) => indexStoredDocument(documents, search, id, logger), logger, version);
}
