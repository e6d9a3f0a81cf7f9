/**
 * Why a version was recorded: `manual` by someone naming it, `automatic` by the server for
 * an approval of the current text or before a restore, the others by a change of status.
 */
export type VersionKind = 'manual' | 'automatic' | 'status' | 'validation' | 'reopen' | 'restore';

/**
 * A named version: a Yjs snapshot (state vector + delete set) of the document, which
 * stays readable because documents are kept with gc off (R14), plus who, when, why
 * and a hash of the content as it read then.
 */
export interface VersionRecord {
  id: string;
  documentId: string;
  label: string;
  kind: VersionKind;
  /** SHA-256 of the canonical content (meta, participants, body) at that version. */
  hash: string;
  createdAt: string;
  createdBy: string;
}

/** An association's approval of one exact version. */
export interface ApprovalRecord {
  documentId: string;
  associationId: string;
  versionId: string;
  hash: string;
  userId: string;
  approvedAt: string;
}

/** Versions and approvals of comptes-rendus; server-owned, never in the CRDT. */
export interface ReviewStore {
  createVersion(version: VersionRecord, snapshot: Uint8Array): Promise<void>;
  /** Newest first. */
  listVersions(documentId: string): Promise<VersionRecord[]>;
  getVersion(documentId: string, versionId: string): Promise<{ version: VersionRecord; snapshot: Uint8Array } | undefined>;
  /** Records an approval; an association's newer approval supersedes its older ones. */
  addApproval(approval: ApprovalRecord): Promise<void>;
  /** Every approval ever given, newest first (the history keeps superseded ones). */
  listApprovals(documentId: string): Promise<ApprovalRecord[]>;
  /** Removes the versions (their snapshots hold the text) and approvals of a deleted document. */
  forgetDocument(documentId: string): Promise<void>;
  close(): Promise<void>;
}
