import type { Logger } from '../log';
import { TimeSlices } from '../relay/timeSlices';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { indexStoredDocument } from './indexDocument';
import { SEARCH_INDEX_VERSION, type SearchIndex } from './searchIndex';

/**
 * Brings the index up to date at start-up (SPEC Q3): an index of another shape version
 * is emptied, then every document it does not hold (all of them after a reset, or in a
 * database made before search existed, or left by a rebuild cut short) is indexed. One
 * document at a time, yielding to the event loop between slices (R25), so the server
 * answers meanwhile; searches then see the documents indexed so far.
 */
export async function rebuildSearchIndex(
  deps: { documents: DocumentStore; accounts: Pick<AccountStore, 'listCollectives'>; search: SearchIndex },
  logger: Logger,
  version = SEARCH_INDEX_VERSION,
): Promise<number> {
  const { documents, accounts, search } = deps;
  const stored = await search.storedVersion();
  if (stored !== version) {
    logger.info('search.index_reset', { from: stored ?? null, to: version });
    await search.reset(version);
  }
  const indexed = await search.indexedDocumentIds();
  const slices = new TimeSlices();
  let count = 0;
  for (const collective of await accounts.listCollectives()) {
    for (const record of await documents.list(collective.id)) {
      if (indexed.has(record.id)) continue;
      await indexStoredDocument(documents, search, record.id, logger);
      count++;
      await slices.pause();
    }
  }
  if (count > 0) logger.info('search.index_built', { documents: count });
  return count;
}
