import type pg from 'pg';
import type { AnnexRecord, AnnexStore } from '../annexStore';

interface AnnexRow {
  id: string;
  document_id: string;
  name: string;
  media_type: string;
  /** BIGINT: node-postgres reads it as a string. */
  size: string;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

const COLUMNS = 'id, document_id, name, media_type, size, sha256, uploaded_by, uploaded_at';

const toRecord = (row: AnnexRow): AnnexRecord => ({
  id: row.id,
  documentId: row.document_id,
  name: row.name,
  mediaType: row.media_type,
  size: Number(row.size),
  sha256: row.sha256,
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at,
});

/**
 * Annex metadata in PostgreSQL (table of migration 004). Each call is one statement, so
 * instances sharing the database need no lock; `close` leaves the shared pool open.
 */
export function createPgAnnexStore(pool: pg.Pool): AnnexStore {
  return {
    async add(annex) {
      await pool.query(
        `INSERT INTO annexes (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [annex.id, annex.documentId, annex.name, annex.mediaType, annex.size, annex.sha256, annex.uploadedBy, annex.uploadedAt],
      );
    },
    async get(documentId, annexId) {
      const { rows } = await pool.query<AnnexRow>(`SELECT ${COLUMNS} FROM annexes WHERE document_id = $1 AND id = $2`, [documentId, annexId]);
      return rows[0] && toRecord(rows[0]);
    },
    async list(documentId) {
      const { rows } = await pool.query<AnnexRow>(`SELECT ${COLUMNS} FROM annexes WHERE document_id = $1 ORDER BY seq`, [documentId]);
      return rows.map(toRecord);
    },
    async remove(documentId, annexId) {
      const { rowCount } = await pool.query('DELETE FROM annexes WHERE document_id = $1 AND id = $2', [documentId, annexId]);
      return (rowCount ?? 0) > 0;
    },
    async forgetDocument(documentId) {
      await pool.query('DELETE FROM annexes WHERE document_id = $1', [documentId]);
    },
    async close() {},
  };
}
