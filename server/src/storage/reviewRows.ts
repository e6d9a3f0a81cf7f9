import type { ApprovalRecord, VersionKind, VersionRecord } from './reviewStore';

/** A row of `document_versions` without its snapshot. */
export interface VersionRow {
  id: string;
  document_id: string;
  label: string;
  kind: VersionKind;
  hash: string;
  created_at: string;
  created_by: string;
}

/** A row of `document_approvals`. */
export interface ApprovalRow {
  document_id: string;
  association_id: string;
  version_id: string;
  hash: string;
  user_id: string;
  approved_at: string;
}

export const versionOf = (row: VersionRow): VersionRecord => ({
  id: row.id,
  documentId: row.document_id,
  label: row.label,
  kind: row.kind,
  hash: row.hash,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/** A version with its snapshot, which both drivers read as a Buffer. */
export const versionWithSnapshotOf = (row: VersionRow & { snapshot: Buffer }) => ({
  version: versionOf(row),
  snapshot: new Uint8Array(row.snapshot),
});

export const approvalOf = (row: ApprovalRow): ApprovalRecord => ({
  documentId: row.document_id,
  associationId: row.association_id,
  versionId: row.version_id,
  hash: row.hash,
  userId: row.user_id,
  approvedAt: row.approved_at,
});
