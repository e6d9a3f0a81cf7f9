import type pg from 'pg';
import type { DocumentStore, LoggedUpdate, StateRewrite, StoredState } from '../documentStore';
import { inTransaction } from './pgPool';

/** node-postgres returns Buffers; callers work with plain Uint8Arrays, as from SQLite. */
export const toBytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** The SQL `seq` of the first live logged update of the document $1 is above this. */
export const LOG_FLOOR = '(SELECT log_floor FROM documents WHERE id = $1)';

type StateRow = { state: Buffer | null; state_vector: Buffer | null; state_version: number; state_checked: boolean; log_floor: string };

/**
 * Reading the state and the log piecemeal, and rewriting the state in one short transaction
 * (S3, R12), as `sqliteStateRewrites` does. The rewrite's UPDATE locks the document's row, so
 * it waits for (or holds back) an append on any instance, and it only moves the floor up to
 * `throughSeq`: whatever was appended after the fold was read stays live.
 */
export function pgStateRewrites(pool: pg.Pool): Pick<DocumentStore, 'readState' | 'readLog' | 'rewriteState' | 'repairOf'> {
  return {
    async readState(id): Promise<StoredState | undefined> {
      const { rows } = await pool.query<StateRow>(
        'SELECT state, state_vector, state_version, state_checked, log_floor FROM documents WHERE id = $1',
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      return {
        state: row.state && toBytes(row.state),
        stateVector: row.state_vector && toBytes(row.state_vector),
        version: row.state_version,
        checked: row.state_checked,
        throughSeq: Number(row.log_floor),
      };
    },
    async readLog(id, afterSeq, limit): Promise<LoggedUpdate[]> {
      const { rows } = await pool.query<{ seq: string; data: Buffer }>(
        `SELECT seq, data FROM document_updates WHERE document_id = $1 AND seq > GREATEST($2::bigint, ${LOG_FLOOR})
         ORDER BY seq LIMIT $3`,
        [id, afterSeq, limit],
      );
      return rows.map((row) => ({ seq: Number(row.seq), data: toBytes(row.data) }));
    },
    async rewriteState(id, next: StateRewrite) {
      // Only bytes computed beforehand go in: the transaction holds the row for two writes.
      const floor = await inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ log_floor: string }>(
          `UPDATE documents SET state = $2, state_vector = $3, state_version = state_version + 1, state_checked = TRUE,
             log_floor = GREATEST(log_floor, $5::bigint)
           WHERE id = $1 AND state_version = $4 AND status <> 'validated'
           RETURNING log_floor`,
          [id, next.state, next.stateVector, next.version, next.throughSeq],
        );
        if (!rows[0]) return undefined;
        const at = new Date().toISOString();
        for (const update of next.quarantined) {
          await client.query(
            'INSERT INTO quarantined_updates (document_id, seq, data, reason, quarantined_at) VALUES ($1, $2, $3, $4, $5)',
            [id, update.seq, update.data, update.reason, at],
          );
        }
        return Number(rows[0].log_floor);
      });
      if (floor === undefined) return false;
      // The folded rows are dead from now on (below the floor); deleting them is housekeeping,
      // after the commit so that appends do not wait for it. Rows left over (this process died,
      // the connection dropped) go with the next rewrite's: the rewrite itself did succeed.
      await pool.query('DELETE FROM document_updates WHERE document_id = $1 AND seq <= $2', [id, floor]).catch(() => undefined);
      return true;
    },
    async repairOf(id) {
      const { rows } = await pool.query<{ at: string | null; n: string }>(
        'SELECT MAX(quarantined_at) AS at, COUNT(*) AS n FROM quarantined_updates WHERE document_id = $1',
        [id],
      );
      const row = rows[0];
      return row?.at ? { at: row.at, updates: Number(row.n) } : undefined;
    },
  };
}
