import type { Database } from 'better-sqlite3';
import type { DocumentStore, LoggedUpdate, StateRewrite, StoredState } from './documentStore';

/**
 * Columns of `documents` that folding needs, added to databases made before them:
 * `state_version` (bumped by every rewrite, so a rewrite built from an older state is
 * refused), `state_checked` (this server integrated the state whole, R26) and
 * `log_floor` (logged updates up to it are folded into the state: dead, whatever is
 * left of them on disk).
 */
const STATE_COLUMNS: ReadonlyArray<[name: string, declaration: string]> = [
  ['state_version', 'INTEGER NOT NULL DEFAULT 0'],
  ['state_checked', 'INTEGER NOT NULL DEFAULT 0'],
  ['log_floor', 'INTEGER NOT NULL DEFAULT 0'],
];

/** What does not load, set aside for good (R26): only deleting the document deletes it. */
const QUARANTINE = `
CREATE TABLE IF NOT EXISTS quarantined_updates (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER,
  data BLOB NOT NULL,
  reason TEXT NOT NULL,
  quarantined_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quarantined_updates_by_document ON quarantined_updates(document_id);
`;

/** Dead log rows deleted per transaction: a few milliseconds each. */
const DEAD_ROWS_PER_DELETE = 2000;

/** The SQL `seq` of the first live logged update of @id is above this. */
export const LOG_FLOOR = '(SELECT log_floor FROM documents WHERE id = @id)';
/** The last seq ever given to one of the document's updates, inside a statement on its `documents` row. */
export const HEAD_SEQ = 'max(COALESCE((SELECT MAX(seq) FROM document_updates WHERE document_id = @id), 0), log_floor)';

export function ensureStateColumns(db: Database): void {
  const present = new Set(db.prepare<[], { name: string }>('PRAGMA table_info(documents)').all().map((column) => column.name));
  for (const [name, declaration] of STATE_COLUMNS) {
    if (!present.has(name)) db.exec(`ALTER TABLE documents ADD COLUMN ${name} ${declaration}`);
  }
  db.exec(QUARANTINE);
}

const toBytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

type StateRow = { state: Buffer | null; state_vector: Buffer | null; state_version: number; state_checked: number; log_floor: number };

/** Reading the state and the log piecemeal, and rewriting the state in one short transaction (S3, R12). */
export function sqliteStateRewrites(db: Database): Pick<DocumentStore, 'readState' | 'readLog' | 'rewriteState' | 'repairOf'> {
  const selectState = db.prepare<[string], StateRow>(
    'SELECT state, state_vector, state_version, state_checked, log_floor FROM documents WHERE id = ?',
  );
  const selectLog = db.prepare<{ id: string; after: number; limit: number }, { seq: number; data: Buffer }>(
    `SELECT seq, data FROM document_updates WHERE document_id = @id AND seq > max(@after, ${LOG_FLOOR}) ORDER BY seq LIMIT @limit`,
  );
  const writeState = db.prepare(
    `UPDATE documents SET state = @state, state_vector = @stateVector, state_version = state_version + 1, state_checked = 1,
       log_floor = max(log_floor, @throughSeq)
     WHERE id = @id AND state_version = @version AND status != 'validated'`,
  );
  const insertQuarantined = db.prepare(
    'INSERT INTO quarantined_updates (document_id, seq, data, reason, quarantined_at) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteDeadRows = db.prepare(
    `DELETE FROM document_updates WHERE document_id = @id AND seq IN
       (SELECT seq FROM document_updates WHERE document_id = @id AND seq <= ${LOG_FLOOR} ORDER BY seq LIMIT ${DEAD_ROWS_PER_DELETE})`,
  );
  const selectRepair = db.prepare<[string], { at: string | null; n: number }>(
    'SELECT MAX(quarantined_at) AS at, COUNT(*) AS n FROM quarantined_updates WHERE document_id = ?',
  );

  // Only bytes computed beforehand go in: the transaction is as short as two writes.
  const rewrite = db.transaction((id: string, next: StateRewrite): boolean => {
    const { state, stateVector, version, throughSeq } = next;
    if (writeState.run({ id, state, stateVector, version, throughSeq }).changes === 0) return false;
    const at = new Date().toISOString();
    for (const update of next.quarantined) insertQuarantined.run(id, update.seq, update.data, update.reason, at);
    return true;
  });

  return {
    async readState(id): Promise<StoredState | undefined> {
      const row = selectState.get(id);
      if (!row) return undefined;
      return {
        state: row.state && toBytes(row.state),
        stateVector: row.state_vector && toBytes(row.state_vector),
        version: row.state_version,
        checked: row.state_checked === 1,
        throughSeq: row.log_floor,
      };
    },
    async readLog(id, afterSeq, limit): Promise<LoggedUpdate[]> {
      return selectLog.all({ id, after: afterSeq, limit }).map((row) => ({ seq: row.seq, data: toBytes(row.data) }));
    },
    async rewriteState(id, next) {
      if (!rewrite.immediate(id, next)) return false;
      // The folded rows are dead from now on (below the floor); deleting them is
      // housekeeping, in short transactions that let the event loop breathe.
      while (deleteDeadRows.run({ id }).changes === DEAD_ROWS_PER_DELETE) await new Promise((resolve) => setImmediate(resolve));
      return true;
    },
    async repairOf(id) {
      const row = selectRepair.get(id);
      return row?.at ? { at: row.at, updates: row.n } : undefined;
    },
  };
}
