import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { ensureUpdateLogTable } from './updateLogTable';
import { HEAD_SEQ, LOG_FLOOR, ensureStateColumns, sqliteStateRewrites } from './sqliteStateRewrites';
import { startWalCheckpointer } from './walCheckpointer';
import { ensureSeriesTables, sqliteSeries } from './sqliteSeriesTable';
import { plenarySeriesId } from './seriesRows';
import {
  type DocumentStatus,
  type DocumentStore,
  FrozenDocumentError,
  type StoredDocument,
  type Validation,
} from './documentStore';
import { documentRecordOf, type DocumentRow } from './documentRows';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for tests. */
  filename: string;
  /**
   * SQLite `synchronous` pragma. NORMAL in WAL mode survives a crash of the process
   * (kill -9); FULL also survives a power cut, at an fsync per commit.
   */
  synchronous?: 'NORMAL' | 'FULL';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  validation TEXT,
  state BLOB,
  state_vector BLOB
);
CREATE INDEX IF NOT EXISTS documents_by_collective ON documents(collective_id, updated_at);
`;

/**
 * Columns added to databases made before them: `kind` (their documents, all comptes-rendus,
 * keep it NULL, L1) and `epoch` (every document starts at 1: no copy made before it is stale, R29).
 */
const ADDED_COLUMNS: ReadonlyArray<[name: string, declaration: string]> = [
  ['kind', 'TEXT'],
  ['epoch', 'INTEGER NOT NULL DEFAULT 1'],
];

function ensureAddedColumns(db: Database.Database): void {
  const present = new Set(db.prepare<[], { name: string }>('PRAGMA table_info(documents)').all().map((column) => column.name));
  for (const [name, declaration] of ADDED_COLUMNS) {
    if (!present.has(name)) db.exec(`ALTER TABLE documents ADD COLUMN ${name} ${declaration}`);
  }
}

/** better-sqlite3 returns Buffers; callers work with plain Uint8Arrays. */
const toBytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** updatedAt is precise to this interval, which is plenty for sorting the minutes list. */
const TOUCH_INTERVAL_MS = 1000;

/** The embedded default store: one SQLite file in WAL mode. */
export function createSqliteStore(options: SqliteStoreOptions): DocumentStore {
  const db = new Database(options.filename);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  const onDisk = options.filename !== ':memory:';
  // Checkpoints happen on a worker thread so they never stall a broadcast.
  if (onDisk) db.pragma('wal_autocheckpoint = 0');
  const checkpointer = onDisk ? startWalCheckpointer(options.filename) : undefined;
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  ensureUpdateLogTable(db);
  ensureStateColumns(db);
  ensureSeriesTables(db);
  ensureAddedColumns(db);

  const insertDocument = db.prepare(
    `INSERT INTO documents (id, collective_id, series_id, title, meeting_date, created_at, updated_at, status, validation, state, state_vector, state_checked, kind)
     VALUES (@id, @collectiveId, @seriesId, @title, @meetingDate, @createdAt, @updatedAt, @status, @validation, @state, @stateVector, 1, @kind)`,
  );
  const columns = 'id, collective_id, series_id, title, meeting_date, created_at, updated_at, status, validation, kind, epoch';
  const selectDocument = db.prepare<[string], DocumentRow>(`SELECT ${columns} FROM documents WHERE id = ?`);
  const selectAll = db.prepare<[string], DocumentRow>(
    `SELECT ${columns} FROM documents WHERE collective_id = ? AND kind IS NULL ORDER BY updated_at DESC, id`,
  );
  const selectState = db.prepare<[string], { state: Buffer | null; state_vector: Buffer | null }>(
    'SELECT state, state_vector FROM documents WHERE id = ?',
  );
  // Logged updates at or below the floor are folded into the state: dead rows, deleted lazily.
  const selectUpdates = db.prepare<{ id: string }, { data: Buffer }>(
    `SELECT data FROM document_updates WHERE document_id = @id AND seq > ${LOG_FLOOR} ORDER BY seq`,
  );
  const measureLog = db.prepare<{ id: string }, { n: number; last: number | null }>(
    `SELECT COUNT(*) AS n, MAX(seq) AS last FROM document_updates WHERE document_id = @id AND seq > ${LOG_FLOOR}`,
  );
  const countUpdates = db.prepare<{ id: string }, { n: number }>(
    `SELECT COUNT(*) AS n FROM document_updates WHERE document_id = @id AND seq > ${LOG_FLOOR}`,
  );
  // One statement per update, which also checks that the document exists and is not
  // frozen. Seqs only grow, above the floor too, so a live update never hides below it.
  const insertUpdate = db.prepare<{ id: string; data: Uint8Array }, { seq: number }>(
    `INSERT INTO document_updates (document_id, seq, data)
     SELECT @id, ${HEAD_SEQ} + 1, @data
     FROM documents WHERE id = @id AND status != 'validated'
     RETURNING seq`,
  );
  const selectHeadSeq = db.prepare<{ id: string }, { head: number }>(`SELECT ${HEAD_SEQ} AS head FROM documents WHERE id = @id`);
  const deleteDocument = db.prepare('DELETE FROM documents WHERE id = ?');
  const updateSummary = db.prepare('UPDATE documents SET title = ?, meeting_date = ? WHERE id = ?');
  const touch = db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?');

  // A validation bumps the epoch in the same write (R29).
  const setStatus = db.prepare<{ id: string; status: DocumentStatus; validation: string | null }>(
    `UPDATE documents SET status = @status, validation = @validation,
       epoch = epoch + (CASE WHEN @status = 'validated' THEN 1 ELSE 0 END)
     WHERE id = @id`,
  );
  const bumpEpoch = db.prepare<[string], { epoch: number }>('UPDATE documents SET epoch = epoch + 1 WHERE id = ? RETURNING epoch');

  /** When each document's updatedAt was last written: typing need not rewrite it every keystroke. */
  const touchedAt = new Map<string, number>();
  const appendAll = db.transaction((id: string, updates: Uint8Array[]): number => {
    let seq = 0;
    for (const update of updates) {
      const inserted = insertUpdate.get({ id, data: update });
      if (!inserted) {
        if (selectDocument.get(id)) throw new FrozenDocumentError(`document ${id} is validated`);
        throw new Error(`unknown document ${id}`);
      }
      seq = inserted.seq;
    }
    const now = Date.now();
    if (now - (touchedAt.get(id) ?? 0) >= TOUCH_INTERVAL_MS) {
      touch.run(new Date(now).toISOString(), id);
      touchedAt.set(id, now);
    }
    return seq;
  });

  // One read transaction so a concurrent compaction cannot be seen half-done. Built
  // once: better-sqlite3 makes four wrappers per `transaction` call, for every open.
  const loadAll = db.transaction((id: string): StoredDocument | undefined => {
    const row = selectState.get(id);
    if (!row) return undefined;
    return {
      state: row.state ? toBytes(row.state) : null,
      stateVector: row.state_vector ? toBytes(row.state_vector) : null,
      updates: selectUpdates.all({ id }).map((u) => toBytes(u.data)),
    };
  });

  return {
    ...sqliteStateRewrites(db),
    ...sqliteSeries(db),
    async create(record, initialState) {
      insertDocument.run({
        ...record,
        seriesId: record.seriesId ?? plenarySeriesId(record.collectiveId),
        validation: record.validation ? JSON.stringify(record.validation) : null,
        kind: record.kind ?? null,
        state: initialState,
        stateVector: Y.encodeStateVectorFromUpdate(initialState),
      });
    },
    async get(id) {
      const row = selectDocument.get(id);
      return row && documentRecordOf(row);
    },
    async setStatus(id, status: DocumentStatus, validation: Validation | null) {
      setStatus.run({ id, status, validation: validation ? JSON.stringify(validation) : null });
    },
    async bumpEpoch(id) {
      const bumped = bumpEpoch.get(id);
      if (!bumped) throw new Error(`unknown document ${id}`);
      return bumped.epoch;
    },
    async delete(id) {
      deleteDocument.run(id);
      touchedAt.delete(id);
    },
    async updateSummary(id, summary) {
      updateSummary.run(summary.title, summary.meetingDate, id);
    },
    async list(collectiveId) {
      return selectAll.all(collectiveId).map(documentRecordOf);
    },
    async load(id): Promise<StoredDocument | undefined> {
      return loadAll(id);
    },
    async append(id, updates) {
      return appendAll.immediate(id, updates);
    },
    async headSeq(id) {
      return selectHeadSeq.get({ id })?.head ?? 0;
    },
    async pendingUpdates(id) {
      return countUpdates.get({ id })?.n ?? 0;
    },
    async logExtent(id) {
      const row = measureLog.get({ id });
      return { updates: row?.n ?? 0, lastSeq: row?.last ?? 0 };
    },
    async close() {
      await checkpointer?.close();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
