import type pg from 'pg';
import { sendingOf, type SendingRow } from '../sendingRows';
import type { SendingStore } from '../sendingStore';

const COLUMNS = 'id, document_id, channel, addressee, recipients, files, letter_id, message_id, sent_by, sent_at';

/**
 * Sendings in PostgreSQL (table of migration 004); recipients and files as JSON text, read back
 * exactly as written. Each call is one statement; `close` leaves the shared pool open.
 */
export function createPgSendingStore(pool: pg.Pool): SendingStore {
  return {
    async add(sending) {
      await pool.query(`INSERT INTO sendings (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
        sending.id,
        sending.documentId,
        sending.channel,
        sending.addressee,
        JSON.stringify(sending.recipients),
        JSON.stringify(sending.files),
        sending.letterId,
        sending.messageId,
        sending.sentBy,
        sending.sentAt,
      ]);
    },
    async list(documentId) {
      const { rows } = await pool.query<SendingRow>(`SELECT ${COLUMNS} FROM sendings WHERE document_id = $1 ORDER BY seq`, [documentId]);
      return rows.map(sendingOf);
    },
    async forgetDocument(documentId) {
      await pool.query('DELETE FROM sendings WHERE document_id = $1', [documentId]);
    },
    async close() {},
  };
}
