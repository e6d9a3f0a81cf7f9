/**
 * What every derived index (search, measure citations, « À suivre », annex links) offers
 * besides its own queries: the bookkeeping that lets start-up rebuild it (Q3, X3).
 */
export interface DerivedIndex {
  /** The shape version the stored index was built with; undefined when there is none yet (Q3). */
  storedVersion(): Promise<number | undefined>;
  /** Empties the index and records `version`: the caller then indexes every document again. */
  reset(version: number): Promise<void>;
  /** Ids of the documents indexed, to tell what a rebuild has left to do. */
  indexedDocumentIds(): Promise<Set<string>>;
  close(): Promise<void>;
}
