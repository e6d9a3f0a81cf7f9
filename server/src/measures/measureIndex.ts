import type { MeasureCitationView, MeasureCount } from '../../../shared/api/measureIndex';
import type { DocumentStatus } from '../storage/documentStore';
import type { ReadableScope } from '../search/searchIndex';
import type { MeasureCitation } from './measureCitations';
import type { DerivedIndex } from '../storage/derivedIndex';

/** A document as the measure index keeps it: what access and the citation list need. */
export interface IndexedCitations {
  id: string;
  collectiveId: string;
  title: string;
  meetingDate: string | null;
  status: DocumentStatus;
  citations: MeasureCitation[];
}

/**
 * Where each measure is cited, across the comptes-rendus (SPEC X1–X4). Derived data:
 * it can be dropped and rebuilt from the documents.
 */
export interface MeasureIndex extends DerivedIndex {
  /** Replaces everything indexed for this document. */
  index(document: IndexedCitations): Promise<void>;
  remove(documentId: string): Promise<void>;
  /** The citations of one measure inside `scope` (X2): linked ones, then plain words « à relier ». */
  citations(scope: ReadableScope, plan: string, number: number): Promise<MeasureCitationView[]>;
  /** Per measure of `plan`: linked passages and documents inside `scope` (X2); plain words never count (X1). */
  counts(scope: ReadableScope, plan: string): Promise<MeasureCount[]>;
}

/** Bump when citations or the tables change shape: the index is then rebuilt at start-up (X3). */
export const MEASURE_INDEX_VERSION = 1;
