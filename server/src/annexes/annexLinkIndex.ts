import type { AnnexedInEntry } from '../../../shared/api/annexedIn';
import type { ReadableScope } from '../search/searchIndex';
import type { DerivedIndex } from '../storage/derivedIndex';

/** A document as the annex-link index keeps it: what access and the notice need, and its links. */
export interface IndexedAnnexLinks {
  id: string;
  collectiveId: string;
  title: string;
  meetingDate: string | null;
  /** Its annexes of kind `minutes`: the annex's number (N5) and the compte-rendu it links to. */
  links: Array<{ annexNumber: number; targetDocumentId: string }>;
}

/**
 * Which comptes-rendus annex which (SPEC N7): the reverse of the `annex` nodes of kind
 * `minutes`. Derived data: it can be dropped and rebuilt from the documents.
 */
export interface AnnexLinkIndex extends DerivedIndex {
  /** Replaces everything indexed for this document. */
  index(document: IndexedAnnexLinks): Promise<void>;
  remove(documentId: string): Promise<void>;
  /**
   * The documents inside `scope` that annex `targetDocumentId`, one entry each (its first
   * such annex), in meeting order. Access is a condition of the query: nothing else shows (N7).
   */
  annexedIn(scope: ReadableScope, targetDocumentId: string): Promise<AnnexedInEntry[]>;
}

/** Bump when the links or the tables change shape: the index is then rebuilt at start-up (N7, X3). */
export const ANNEX_LINK_INDEX_VERSION = 1;
