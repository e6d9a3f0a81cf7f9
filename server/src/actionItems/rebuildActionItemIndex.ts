import type { Logger } from '../log';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { rebuildDerivedIndex } from '../storage/rebuildDerivedIndex';
import { ACTION_ITEM_INDEX_VERSION, type ActionItemIndex } from './actionItemIndex';
import { indexStoredActionItems } from './actionItemIndexingStore';

/** Brings the « À suivre » index up to date at start-up, as the search index is (Q3). */
export function rebuildActionItemIndex(
  deps: { documents: DocumentStore; accounts: Pick<AccountStore, 'listCollectives'>; actionItems: ActionItemIndex },
  logger: Logger,
  version = ACTION_ITEM_INDEX_VERSION,
): Promise<number> {
  const { documents, actionItems } = deps;
  return rebuildDerivedIndex('action_items', deps, actionItems, (id) => indexStoredActionItems(documents, actionItems, id), logger, version);
}
