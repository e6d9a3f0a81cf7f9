import type { Logger } from '../log';
import { TimeSlices } from '../relay/timeSlices';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { ACTION_ITEM_INDEX_VERSION, type ActionItemIndex } from './actionItemIndex';
import { indexStoredActionItems } from './actionItemIndexingStore';

/**
 * Brings the index up to date at start-up, as the search index is (Q3): emptied when its
 * shape version changed, then every document it does not hold is indexed, one at a time,
 * yielding between slices so the server answers meanwhile.
 */
export async function rebuildActionItemIndex(
  deps: { documents: DocumentStore; accounts: Pick<AccountStore, 'listCollectives'>; actionItems: ActionItemIndex },
  logger: Logger,
  version = ACTION_ITEM_INDEX_VERSION,
): Promise<number> {
  const { documents, accounts, actionItems } = deps;
  if ((await actionItems.storedVersion()) !== version) await actionItems.reset(version);
  const indexed = await actionItems.indexedDocumentIds();
  const slices = new TimeSlices();
  let count = 0;
  for (const collective of await accounts.listCollectives()) {
    for (const record of await documents.list(collective.id)) {
      if (indexed.has(record.id)) continue;
      try {
        await indexStoredActionItems(documents, actionItems, record.id);
      } catch (error) {
        logger.error('action_items.index_failed', { doc: record.id, reason: String(error) });
      }
      count++;
      await slices.pause();
    }
  }
  if (count > 0) logger.info('action_items.index_built', { documents: count });
  return count;
}
