import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import { actionItemIndexingStore } from '../actionItems/actionItemIndexingStore';
import { annexLinkIndexingStore } from '../annexes/annexLinkIndexingStore';
import type { AnnexLinkIndex } from '../annexes/annexLinkIndex';
import type { Logger } from '../log';
import { measureIndexingStore } from '../measures/measureIndexingStore';
import type { MeasureIndex } from '../measures/measureIndex';
import type { SearchIndex } from '../search/searchIndex';
import { searchIndexingStore } from '../search/searchIndexingStore';
import type { DocumentStore } from './documentStore';

/** A document store whose creations, changes and deletions reach the four derived indexes (Q3, X1, T1, N7). */
export function indexedDocuments(
  store: DocumentStore,
  indexes: { search: SearchIndex; measures: MeasureIndex; actionItems: ActionItemIndex; annexLinks: AnnexLinkIndex },
  logger: Logger,
): DocumentStore {
  const searched = searchIndexingStore(store, indexes.search, logger);
  const withItems = actionItemIndexingStore(searched, indexes.actionItems, logger);
  const withMeasures = measureIndexingStore(withItems, indexes.measures, logger);
  return annexLinkIndexingStore(withMeasures, indexes.annexLinks, logger);
}
