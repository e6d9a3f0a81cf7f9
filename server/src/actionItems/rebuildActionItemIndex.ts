import { derivedIndexRebuild } from '../storage/rebuildDerivedIndex';
import { ACTION_ITEM_INDEX_VERSION, type ActionItemIndex } from './actionItemIndex';
import { indexStoredActionItems } from './actionItemIndexingStore';

/** Brings the « À suivre » index up to date at start-up, as the search index is (Q3). */
export const rebuildActionItemIndex = derivedIndexRebuild<'actionItems', ActionItemIndex>(
  'action_items',
  'actionItems',
  ACTION_ITEM_INDEX_VERSION,
  indexStoredActionItems,
);
