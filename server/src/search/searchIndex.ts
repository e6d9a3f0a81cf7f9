import type { SearchResult } from '../../../shared/api/search';
import type { DocumentStatus } from '../storage/documentStore';
import type { Passage } from './documentPassages';
import type { DerivedIndex } from '../storage/derivedIndex';

/** A document as the index keeps it: what filters and access need, and its passages. */
export interface IndexedDocument {
  id: string;
  collectiveId: string;
  /** The meeting series it belongs to (M8), for the `series` filter (Q7). */
  seriesId: string;
  title: string;
  meetingDate: string | null;
  status: DocumentStatus;
  passages: Passage[];
}

/** Who asks: the documents they may read (SPEC R18, Q1). */
export interface ReadableScope {
  /** Every document of this collective. */
  collectiveId: string;
  /** Plus these documents, shared with the user. */
  sharedDocumentIds: string[];
}

export interface SearchFilters {
  status?: DocumentStatus;
  /** Meeting dates `AAAA-MM-JJ`, both included; a document without a date is then left out. */
  from?: string;
  to?: string;
  /** Only speaker turns of this organisation (accents and case do not matter). */
  association?: string;
  /** Only documents of this meeting series (Q7). */
  series?: string;
}

export interface SearchRequest {
  /** What the user typed: words, "phrases"; never read as query syntax (Q5). */
  text: string;
  scope: ReadableScope;
  filters: SearchFilters;
  limit: number;
}

/**
 * Full-text search over the passages of the comptes-rendus. Every implementation must
 * pass `searchIndexContract` (searchIndexContract.ts): SQLite FTS5 now, PostgreSQL later.
 * The index is derived data: it can be dropped and rebuilt from the documents.
 */
export interface SearchIndex extends DerivedIndex {
  /** Replaces everything indexed for this document. */
  index(document: IndexedDocument): Promise<void>;
  /** Forgets a document (deleted). */
  remove(documentId: string): Promise<void>;
  /** Matches inside `scope` only, best first; a document outside it never shows, not even as a count (Q1). */
  search(request: SearchRequest): Promise<SearchResult[]>;
}

/** Bump when passages or the index's tables change shape: the index is then rebuilt at start-up (Q3). */
export const SEARCH_INDEX_VERSION = 2;
