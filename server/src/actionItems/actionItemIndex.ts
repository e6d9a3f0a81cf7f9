import type { ActionItemStatus } from '../../../shared/schema/actionItem';
import type { DocumentStatus } from '../storage/documentStore';
import type { ReadableScope } from '../search/searchIndex';
import type { DerivedIndex } from '../storage/derivedIndex';

/** One « À suivre » box of one document, as the index keeps it. */
export interface IndexedActionItem {
  /** The box's id. */
  id: string;
  /** Origin document and item (M9): the same for every carried copy (T1). */
  identity: string;
  originDocument: string;
  text: string;
  owners: string[];
  due: string;
  status: ActionItemStatus;
}

/** A document as the action-item index keeps it: what order, access and filters need, and its boxes. */
export interface ActionItemDocument {
  id: string;
  collectiveId: string;
  seriesId: string;
  title: string;
  meetingDate: string | null;
  createdAt: string;
  status: DocumentStatus;
  items: IndexedActionItem[];
}

/** A copy of an item in a document the caller may read. */
export interface ActionItemCopy {
  item: IndexedActionItem;
  document: Omit<ActionItemDocument, 'items'>;
}

/**
 * The « À suivre » boxes of every compte-rendu (SPEC T1). Derived data like the search index:
 * it can be dropped and rebuilt from the documents.
 */
export interface ActionItemIndex extends DerivedIndex {
  /** Replaces everything indexed for this document. */
  index(document: ActionItemDocument): Promise<void>;
  remove(documentId: string): Promise<void>;
  /** Every copy in the documents of `scope`, and only those (R18): access is a condition of the query. */
  copies(scope: ReadableScope): Promise<ActionItemCopy[]>;
  /** Documents of `scope` by id, for the origin of an item (title and date). */
  documents(scope: ReadableScope): Promise<Map<string, Omit<ActionItemDocument, 'items'>>>;
}

/** Bump when the index's tables or what it keeps change shape: it is then rebuilt at start-up. */
export const ACTION_ITEM_INDEX_VERSION = 1;
