import type pg from 'pg';
import type { ApprovalRecord, ReviewStore, VersionKind, VersionRecord } from '../reviewStore';
import { inTransaction } from './pgPool';

interface VersionRow {
  id: string;
  document_id: string;
  label: string;
  kind: VersionKind;
  hash: string;
  created_at: string;
  created_by: string;
}

interface ApprovalRow {
  document_id: string;
  association_id: string;
  version_id: string;
  hash: string;
  user_id: string;
  approved_at: string;
}

const VERSION_COLUMNS = 'id, document_id, label, kind, hash, created_at, created_by';

const toVersion = (row: VersionRow): VersionRecord => ({
  id: row.id,
  documentId: row.document_id,
  label: row.label,
  kind: row.kind,
  hash: row.hash,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

const toApproval = (row: ApprovalRow): ApprovalRecord => ({
  documentId: row.document_id,
  associationId: row.association_id,
  versionId: row.version_id,
  hash: row.hash,
  userId: row.user_id,
  approvedAt: row.approved_at,
});

/**
 * Versions and approvals in PostgreSQL (issue 18). Lists follow the identity column, so the
 * newest first is the same whichever instance recorded what (SQLite numbered versions per
 * document, which two instances could not do without a lock).
 */
export function createPgReviewStore(pool: pg.Pool): ReviewStore {
  return {
    async createVersion(version, snapshot) {
      await pool.query(
        `INSERT INTO document_versions (id, document_id, label, kind, hash, created_at, created_by, snapshot)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [version.id, version.documentId, version.label, version.kind, version.hash, version.createdAt, version.createdBy, Buffer.from(snapshot)],
      );
    },
    async listVersions(documentId) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${VERSION_COLUMNS} FROM document_versions WHERE document_id = $1 ORDER BY seq DESC`,
        [documentId],
      );
      return rows.map(toVersion);
    },
    async getVersion(documentId, versionId) {
      const { rows } = await pool.query<VersionRow & { snapshot: Buffer }>(
        `SELECT ${VERSION_COLUMNS}, snapshot FROM document_versions WHERE document_id = $1 AND id = $2`,
        [documentId, versionId],
      );
      const row = rows[0];
      return row && { version: toVersion(row), snapshot: new Uint8Array(row.snapshot) };
    },
    async addApproval(approval) {
      await pool.query(
        `INSERT INTO document_approvals (document_id, association_id, version_id, hash, user_id, approved_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [approval.documentId, approval.associationId, approval.versionId, approval.hash, approval.userId, approval.approvedAt],
      );
    },
    async listApprovals(documentId) {
      const { rows } = await pool.query<ApprovalRow>(
        `SELECT document_id, association_id, version_id, hash, user_id, approved_at
         FROM document_approvals WHERE document_id = $1 ORDER BY seq DESC`,
        [documentId],
      );
      return rows.map(toApproval);
    },
    async forgetDocument(documentId) {
      await inTransaction(pool, async (client) => {
        await client.query('DELETE FROM document_approvals WHERE document_id = $1', [documentId]);
        await client.query('DELETE FROM document_versions WHERE document_id = $1', [documentId]);
      });
    },
    // The pool is the server's, shared by every store: it ends it once.
    async close() {},
  };
}
