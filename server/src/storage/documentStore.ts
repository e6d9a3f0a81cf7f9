import type { FrozenAnnex } from '../../../shared/api/annexes';
import type { ValidationApproval } from '../../../shared/review/unanimity';

/**
 * The seam between the relay/API and whatever keeps documents. Every implementation
 * must pass `documentStoreContract` (see documentStoreContract.ts).
 *
 * A document is kept as a compacted state plus an append-only log of the updates
 * accepted since; loading = compacted state + every logged update. The log is folded
 * into the state by `rewriteState`, which writes the new state and drops the folded
 * updates in one transaction, so no accepted update is ever lost (S3).
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
  /** The associations present and their approvals then (W11); absent from validations older than W11. */
  approvals?: ValidationApproval[];
  /** The coordination confirmed validating without every association's approval of this text. */
  withoutUnanimity?: boolean;
  /** The file annexes the body referenced, frozen with it (N4); absent when it had none. */
  annexes?: FrozenAnnex[];
}

export interface DocumentRecord {
  id: string;
  /** The collective that owns the compte-rendu; its members get their role on it. */
  collectiveId: string;
  /** The meeting series it belongs to: every compte-rendu is in exactly one (M8). */
  seriesId: string;
  title: string;
  meetingDate: string | null;
  createdAt: string;
  updatedAt: string;
  status: DocumentStatus;
  /** Set while validated: the document is then frozen (W4). */
  validation: Validation | null;
  /**
   * `letter`: the body of a cover letter (SPEC L1), kept here so the relay serves it like any
   * document, but never listed nor reachable as a compte-rendu. Absent: a compte-rendu.
   */
  kind?: 'letter';
  /**
   * Starts at 1 and grows each time the server removes text in a way an offline copy must
   * not merge back blindly: a validation, a restore (R29). Browsers keep the epoch of their copy.
   */
  epoch: number;
}

/** A record to create: without a series, it goes to the collective's plenary series (M8); its epoch is 1. */
export type NewDocumentRecord = Omit<DocumentRecord, 'seriesId' | 'epoch'> & { seriesId?: string };

/** A collective's meeting series (« Réunion du Collectif », « Rencontres ministérielles »). */
export interface MeetingSeries {
  id: string;
  collectiveId: string;
  name: string;
  /** The plenary, which every collective has and which takes documents created without a series. */
  isDefault: boolean;
  createdAt: string;
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

/** The compacted state on its own, as opening and compaction start from it. */
export interface StoredState {
  state: Uint8Array | null;
  stateVector: Uint8Array | null;
  /** Bumped by every rewrite: a rewrite built from an older version is refused. */
  version: number;
  /**
   * Written by this server after it integrated it whole, or seeded by it (R26). A state
   * written by an older version is checked when the document is opened.
   */
  checked: boolean;
  /** The state holds the log up to this seq (0: no logged update was ever folded into it). */
  throughSeq: number;
}

export interface LogExtent {
  updates: number;
  lastSeq: number;
}

/** One update of the log with its position. */
export interface LoggedUpdate {
  seq: number;
  data: Uint8Array;
}

/** What does not load, set aside with why (English): a logged update, or the compacted state (`seq` null). */
export interface QuarantinedUpdate {
  seq: number | null;
  data: Uint8Array;
  reason: string;
}

export interface StateRewrite {
  /** The version of the state the new one was built from. */
  version: number;
  state: Uint8Array;
  stateVector: Uint8Array;
  /** The new state holds the log up to this seq (0: no logged update). */
  throughSeq: number;
  quarantined: QuarantinedUpdate[];
}

/** A document whose stored updates did not all load (R26). */
export interface Repair {
  /** When updates were last set aside (ISO 8601). */
  at: string;
  /** How many, the compacted state counting as one. */
  updates: number;
}

export interface DocumentStore {
  /**
   * Registers a document with its initial Yjs state, which the server built from
   * schema-checked content (M3): it counts as checked (R26), so the first open serves it as is.
   */
  create(record: NewDocumentRecord, initialState: Uint8Array): Promise<void>;
  get(id: string): Promise<DocumentRecord | undefined>;
  /**
   * Changes the status. While `validated` the document is frozen: `append` and
   * `rewriteState` refuse to change its stored bytes until it is set back to draft.
   * Setting `validated` bumps the epoch in the same write (R29).
   */
  setStatus(id: string, status: DocumentStatus, validation: Validation | null): Promise<void>;
  /**
   * Bumps the epoch (R29) and answers the new one; rejects for an unknown document. One
   * statement on the shared row: every instance reads the new epoch at its next connection.
   */
  bumpEpoch(id: string): Promise<number>;
  /** Removes a document and its whole history. */
  delete(id: string): Promise<void>;
  /** Mirrors the title and meeting date from the document's metadata, for listing. */
  updateSummary(id: string, summary: Pick<DocumentRecord, 'title' | 'meetingDate'>): Promise<void>;
  /** A collective's comptes-rendus (never a letter's body), most recently updated first. */
  list(collectiveId: string): Promise<DocumentRecord[]>;
  /** Loads everything needed to rebuild the Y.Doc; undefined for an unknown id. */
  load(id: string): Promise<StoredDocument | undefined>;
  /**
   * Appends accepted updates to the log durably, all or none, and bumps `updatedAt`
   * (to within a second).
   * Resolves only once they are stored, with the seq of the last one: the relay broadcasts
   * after this, and instances sharing the store tell each other that seq (C1). Rejects with
   * `FrozenDocumentError` for a validated document.
   */
  append(id: string, updates: Uint8Array[]): Promise<number>;
  /**
   * The seq of the last update ever appended (0 if none), folded into the state or not: an
   * instance that applied less reads the rest (C2). Seqs only grow, compaction or not.
   */
  headSeq(id: string): Promise<number>;
  /** How many updates wait in the log (drives background compaction). */
  pendingUpdates(id: string): Promise<number>;
  /**
   * The log's live updates: how many, and the seq of the last one (0 when none), read
   * together, so that a state built from exactly those updates can be written through it.
   */
  logExtent(id: string): Promise<LogExtent>;
  /** The compacted state alone, with its version; undefined for an unknown id. */
  readState(id: string): Promise<StoredState | undefined>;
  /** Up to `limit` logged updates with a seq above `afterSeq`, oldest first. */
  readLog(id: string, afterSeq: number, limit: number): Promise<LoggedUpdate[]>;
  /**
   * Replaces the compacted state with `rewrite.state`, built from the state at
   * `rewrite.version` and the log through `rewrite.throughSeq`, and drops those logged
   * updates (setting `rewrite.quarantined` aside), in one transaction. Only if the state
   * is still at that version: otherwise it writes nothing and answers false. Updates
   * logged after `throughSeq` stay. Answers false on a frozen document.
   */
  rewriteState(id: string, rewrite: StateRewrite): Promise<boolean>;
  /** When the document was last repaired and how many updates were set aside (R26); undefined if never. */
  repairOf(id: string): Promise<Repair | undefined>;
  /**
   * Runs `work` while no other instance compacts the document (R12 cluster-wide), or answers
   * undefined at once when one does. Absent: this store has a single instance.
   */
  whileCompacting?<T>(id: string, work: () => Promise<T>): Promise<T | undefined>;
  /** A collective's series, the plenary first (created on first use), then by creation. */
  listSeries(collectiveId: string): Promise<MeetingSeries[]>;
  getSeries(id: string): Promise<MeetingSeries | undefined>;
  /** Adds a series to a collective (never the default one). */
  createSeries(series: Omit<MeetingSeries, 'isDefault'>): Promise<void>;
  close(): Promise<void>;
}

/** A write to a validated (frozen) document. */
export class FrozenDocumentError extends Error {}
