/**
 * The seam between the relay/API and whatever keeps documents. Every implementation
 * must pass `documentStoreContract` (see documentStoreContract.ts).
 *
 * A document is kept as a compacted state plus an append-only log of the updates
 * accepted since; loading = compacted state + every logged update. Compaction folds
 * the log into the state in one transaction, so no accepted update is ever lost.
 */
/** Where a compte-rendu is in its life; owned by the server, never by the CRDT (M1). */
export type DocumentStatus = 'draft' | 'review' | 'validated';

/** The adoption of an exact version at a meeting (« Validé lors de la réunion du … »). */
export interface Validation {
  meetingDate: string;
  note: string | null;
  versionId: string;
  validatedAt: string;
  validatedBy: string;
}

export interface DocumentRecord {
  id: string;
  /** The collective that owns the compte-rendu; its members get their role on it. */
  collectiveId: string;
  title: string;
  meetingDate: string | null;
  createdAt: string;
  updatedAt: string;
  status: DocumentStatus;
  /** Set while validated: the document is then frozen (W4). */
  validation: Validation | null;
}

export interface StoredDocument {
  /** Compacted state (a Yjs update), or null if nothing was compacted yet. */
  state: Uint8Array | null;
  /**
   * The state vector of `state`, kept beside it: computing it means parsing the whole
   * state, which would otherwise delay every cold open of a large document.
   */
  stateVector: Uint8Array | null;
  /** Updates appended after `state`, oldest first. */
  updates: Uint8Array[];
}

export interface DocumentStore {
  /** Registers a document with its initial Yjs state (e.g. seeded content). */
  create(record: DocumentRecord, initialState: Uint8Array): Promise<void>;
  get(id: string): Promise<DocumentRecord | undefined>;
  /**
   * Changes the status. While `validated` the document is frozen: `append` and
   * `compact` refuse to change its stored bytes until it is set back to draft.
   */
  setStatus(id: string, status: DocumentStatus, validation: Validation | null): Promise<void>;
  /** Removes a document and its whole history. */
  delete(id: string): Promise<void>;
  /** Mirrors the title and meeting date from the document's metadata, for listing. */
  updateSummary(id: string, summary: Pick<DocumentRecord, 'title' | 'meetingDate'>): Promise<void>;
  /** A collective's documents, most recently updated first. */
  list(collectiveId: string): Promise<DocumentRecord[]>;
  /** Loads everything needed to rebuild the Y.Doc; undefined for an unknown id. */
  load(id: string): Promise<StoredDocument | undefined>;
  /**
   * Appends accepted updates to the log durably, all or none, and bumps `updatedAt`
   * (to within a second).
   * Resolves only once they are stored: the relay broadcasts after this. Rejects with
   * `FrozenDocumentError` for a validated document.
   */
  append(id: string, updates: Uint8Array[]): Promise<void>;
  /** How many updates wait in the log (drives background compaction). */
  pendingUpdates(id: string): Promise<number>;
  /**
   * Folds the log into the compacted state with `merge`, in one transaction: updates
   * appended meanwhile stay in the log. Does nothing on a frozen document.
   */
  compact(id: string, merge: (updates: Uint8Array[]) => Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** A write to a validated (frozen) document. */
export class FrozenDocumentError extends Error {}
