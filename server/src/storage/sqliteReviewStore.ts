import Database from 'better-sqlite3';
import { approvalOf, versionOf, versionWithSnapshotOf, type ApprovalRow, type VersionRow } from './reviewRows';
import type { ReviewStore } from './reviewStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS document_versions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  label TEXT NOT NULL,
  kind TEXT NOT NULL,
  hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  seq INTEGER NOT NULL,
  snapshot BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_document ON document_versions(document_id, seq);
CREATE TABLE IF NOT EXISTS document_approvals (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL,
  association_id TEXT NOT NULL,
  version_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  user_id TEXT NOT NULL,
  approved_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS approvals_by_document ON document_approvals(document_id, seq);
`;

export function createSqliteReviewStore(filename: string): ReviewStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const q = {
    insertVersion: db.prepare(
      `INSERT INTO document_versions (id, document_id, label, kind, hash, created_at, created_by, seq, snapshot)
       VALUES (@id, @documentId, @label, @kind, @hash, @createdAt, @createdBy,
               (SELECT COALESCE(MAX(seq), 0) + 1 FROM document_versions WHERE document_id = @documentId), @snapshot)`,
    ),
    listVersions: db.prepare<[string], VersionRow>(
      'SELECT id, document_id, label, kind, hash, created_at, created_by FROM document_versions WHERE document_id = ? ORDER BY seq DESC',
    ),
    getVersion: db.prepare<[string, string], VersionRow & { snapshot: Buffer }>(
      'SELECT * FROM document_versions WHERE document_id = ? AND id = ?',
    ),
    insertApproval: db.prepare(
      `INSERT INTO document_approvals (document_id, association_id, version_id, hash, user_id, approved_at)
       VALUES (@documentId, @associationId, @versionId, @hash, @userId, @approvedAt)`,
    ),
    deleteVersions: db.prepare('DELETE FROM document_versions WHERE document_id = ?'),
    deleteApprovals: db.prepare('DELETE FROM document_approvals WHERE document_id = ?'),
    listApprovals: db.prepare<[string], ApprovalRow>('SELECT * FROM document_approvals WHERE document_id = ? ORDER BY seq DESC'),
  };
  const forgetDocument = db.transaction((documentId: string) => {
    q.deleteApprovals.run(documentId);
    q.deleteVersions.run(documentId);
  });
  return {
    async createVersion(version, snapshot) {
      q.insertVersion.run({ ...version, snapshot });
    },
    async listVersions(documentId) {
      return q.listVersions.all(documentId).map(versionOf);
    },
    async getVersion(documentId, versionId) {
      const row = q.getVersion.get(documentId, versionId);
      return row && versionWithSnapshotOf(row);
    },
    async addApproval(approval) {
      q.insertApproval.run(approval);
    },
    async listApprovals(documentId) {
      return q.listApprovals.all(documentId).map(approvalOf);
    },
    async forgetDocument(documentId) {
      forgetDocument(documentId);
    },
    async close() {
      db.close();
    },
  };
}
