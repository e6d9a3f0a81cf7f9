import type { Database } from 'better-sqlite3';

/**
 * The table of a document's update log, clustered by (document, seq): appending an
 * update writes one b-tree page to the WAL. The first layout (a rowid table with
 * AUTOINCREMENT and an index on (document_id, seq)) wrote three per keystroke: the
 * row, the index entry and `sqlite_sequence`. `seq` counts per document (MAX + 1).
 */
const LOG_TABLE = (name: string) => `
CREATE TABLE ${name} (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID`;

/** Creates the log table, or moves a log kept in the first layout into it, keeping every update and its order. */
export function ensureUpdateLogTable(db: Database): void {
  const existing = db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'document_updates'")
    .get();
  if (!existing) {
    db.exec(LOG_TABLE('document_updates'));
    return;
  }
  if (/WITHOUT\s+ROWID/i.test(existing.sql)) return;
  db.transaction(() => {
    db.exec(LOG_TABLE('document_updates_clustered'));
    db.exec('INSERT INTO document_updates_clustered (document_id, seq, data) SELECT document_id, seq, data FROM document_updates');
    // Dropping the old table drops its index with it.
    db.exec('DROP TABLE document_updates');
    db.exec('ALTER TABLE document_updates_clustered RENAME TO document_updates');
  }).immediate();
}
