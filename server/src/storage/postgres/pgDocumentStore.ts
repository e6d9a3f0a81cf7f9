import type pg from 'pg';
import * as Y from 'yjs';
import {
  type DocumentStatus,
  type DocumentStore,
  FrozenDocumentError,
  type StoredDocument,
  type Validation,
} from '../documentStore';
import { documentRecordOf, type DocumentRow } from '../documentRows';
import { plenarySeriesId } from '../seriesRows';
import { whileLocked } from './advisoryLock';
import { pgSeries } from './pgSeries';
import { LOG_FLOOR, pgStateRewrites, toBytes } from './pgStateRewrites';

const COLUMNS = 'id, collective_id, series_id, title, meeting_date, created_at, updated_at, status, validation, kind, epoch';

/** updatedAt is precise to this interval, which is plenty for sorting the minutes list. */
const TOUCH_INTERVAL_MS = 1000;

/**
 * Appends `count` updates ($4…) in one statement, committed when it returns, answering their
 * seqs. The UPDATE takes the seqs from the document's row and locks it until the commit: an
 * append on another instance waits, then numbers its updates after these. Seqs are thus
 * gap-free in commit order, and a reader of the log never sees seq N+1 before seq N is
 * committed. Nothing is logged for an unknown or validated document (W4): the status is read
 * under the same lock, so no append lands after a validation committed.
 */
const appendStatement = (count: number): string => `
WITH bumped AS (
  UPDATE documents SET last_seq = last_seq + $2::bigint, updated_at = COALESCE($3, updated_at)
  WHERE id = $1 AND status <> 'validated'
  RETURNING last_seq - $2::bigint AS before
)
INSERT INTO document_updates (document_id, seq, data)
SELECT $1, bumped.before + logged.position, logged.data
FROM bumped, (VALUES ${Array.from({ length: count }, (_, i) => `($${i + 4}::bytea, ${i + 1})`).join(', ')}) AS logged (data, position)
RETURNING seq`;

const APPEND_ONE = appendStatement(1);

/**
 * The DocumentStore on PostgreSQL, shared by every instance of a cluster (issue 18): the same
 * behaviour as `createSqliteStore`, with the tables of migration 001_documents. The pool is the
 * server's: `close` leaves it open.
 */
export function createPgDocumentStore(pool: pg.Pool): DocumentStore {
  /** When this instance last wrote each document's updatedAt: typing need not rewrite it every keystroke. */
  const touchedAt = new Map<string, number>();

  return {
    ...pgStateRewrites(pool),
    ...pgSeries(pool),
    whileCompacting: (id, work) => whileLocked(pool, `minutier:compact:${id}`, work),
    async create(record, initialState) {
      // Built from schema-checked content by this server: checked (R26).
      await pool.query(
        `INSERT INTO documents (id, collective_id, series_id, title, meeting_date, created_at, updated_at, status, validation, kind,
           state, state_vector, state_checked)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, TRUE)`,
        [
          record.id,
          record.collectiveId,
          record.seriesId ?? plenarySeriesId(record.collectiveId),
          record.title,
          record.meetingDate,
          record.createdAt,
          record.updatedAt,
          record.status,
          record.validation ? JSON.stringify(record.validation) : null,
          record.kind ?? null,
          initialState,
          Y.encodeStateVectorFromUpdate(initialState),
        ],
      );
    },
    async get(id) {
      const { rows } = await pool.query<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE id = $1`, [id]);
      return rows[0] && documentRecordOf(rows[0]);
    },
    async setStatus(id, status, validation) {
      // A validation bumps the epoch in the same write (R29).
      await pool.query(
        `UPDATE documents SET status = $2, validation = $3, epoch = epoch + (CASE WHEN $2 = 'validated' THEN 1 ELSE 0 END)
         WHERE id = $1`,
        [id, status, validation ? JSON.stringify(validation) : null],
      );
    },
    async bumpEpoch(id) {
      const { rows } = await pool.query<{ epoch: number }>('UPDATE documents SET epoch = epoch + 1 WHERE id = $1 RETURNING epoch', [id]);
      if (!rows[0]) throw new Error(`unknown document ${id}`);
      return rows[0].epoch;
    },
    async delete(id) {
      // The log and what was set aside go with it (ON DELETE CASCADE).
      await pool.query('DELETE FROM documents WHERE id = $1', [id]);
      touchedAt.delete(id);
    },
    async updateSummary(id, summary) {
      await pool.query('UPDATE documents SET title = $2, meeting_date = $3 WHERE id = $1', [id, summary.title, summary.meetingDate]);
    },
    async list(collectiveId) {
      const { rows } = await pool.query<DocumentRow>(
        `SELECT ${COLUMNS} FROM documents WHERE collective_id = $1 AND kind IS NULL ORDER BY updated_at DESC, id`,
        [collectiveId],
      );
      return rows.map(documentRecordOf);
    },
    async load(id): Promise<StoredDocument | undefined> {
      // One statement, so one snapshot: a rewrite committed meanwhile cannot be seen half-done.
      const { rows } = await pool.query<{ state: Buffer | null; state_vector: Buffer | null; updates: Buffer[] | null }>(
        `SELECT state, state_vector,
           (SELECT array_agg(data ORDER BY seq) FROM document_updates WHERE document_id = $1 AND seq > documents.log_floor) AS updates
         FROM documents WHERE id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      return {
        state: row.state ? toBytes(row.state) : null,
        stateVector: row.state_vector ? toBytes(row.state_vector) : null,
        updates: (row.updates ?? []).map(toBytes),
      };
    },
    async append(id, updates) {
      if (updates.length === 0) return 0;
      const now = Date.now();
      const touch = now - (touchedAt.get(id) ?? 0) >= TOUCH_INTERVAL_MS ? new Date(now).toISOString() : null;
      const values = [id, updates.length, touch, ...updates];
      // A relay appends one update at a time (its write chain merges a tick's): that statement is
      // prepared once per connection, so PostgreSQL does not parse and plan it for every keystroke.
      const { rows } = await pool.query<{ seq: string }>(
        updates.length === 1 ? { name: 'minutier_append_one', text: APPEND_ONE, values } : { text: appendStatement(updates.length), values },
      );
      if (rows.length === 0) {
        const known = await pool.query('SELECT 1 FROM documents WHERE id = $1', [id]);
        if (known.rows[0]) throw new FrozenDocumentError(`document ${id} is validated`);
        throw new Error(`unknown document ${id}`);
      }
      if (touch) touchedAt.set(id, now);
      return Math.max(...rows.map((row) => Number(row.seq)));
    },
    async headSeq(id) {
      // Every seq ever given, folded or not: appends take theirs from this column.
      const { rows } = await pool.query<{ last_seq: string }>('SELECT last_seq FROM documents WHERE id = $1', [id]);
      return Number(rows[0]?.last_seq ?? 0);
    },
    async pendingUpdates(id) {
      const { rows } = await pool.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM document_updates WHERE document_id = $1 AND seq > ${LOG_FLOOR}`,
        [id],
      );
      return Number(rows[0]?.n ?? 0);
    },
    async logExtent(id) {
      // One statement: the count and the last seq are of the same log.
      const { rows } = await pool.query<{ n: string; last: string | null }>(
        `SELECT COUNT(*) AS n, MAX(seq) AS last FROM document_updates WHERE document_id = $1 AND seq > ${LOG_FLOOR}`,
        [id],
      );
      return { updates: Number(rows[0]?.n ?? 0), lastSeq: Number(rows[0]?.last ?? 0) };
    },
    async close() {
      // The pool is shared by every store: the server ends it once.
    },
  };
}
