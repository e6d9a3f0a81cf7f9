import type pg from 'pg';
import { approvalOf, versionOf, versionWithSnapshotOf, type ApprovalRow, type VersionRow } from '../reviewRows';
import type { ReviewStore } from '../reviewStore';
import { inTransaction } from './pgPool';

const VERSION_COLUMNS = 'id, document_id, label, kind, hash, created_at, created_by';

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
      return rows.map(versionOf);
    },
    async getVersion(documentId, versionId) {
      const { rows } = await pool.query<VersionRow & { snapshot: Buffer }>(
        `SELECT ${VERSION_COLUMNS}, snapshot FROM document_versions WHERE document_id = $1 AND id = $2`,
        [documentId, versionId],
      );
      return rows[0] && versionWithSnapshotOf(rows[0]);
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
      return rows.map(approvalOf);
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
