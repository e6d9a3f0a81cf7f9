import Database from 'better-sqlite3';
import type { DerivedIndex } from './derivedIndex';

/** The tables of one derived index kept in SQLite, by name. */
export interface DerivedIndexTableNames {
  /** Creates the index's tables if missing (`meta` is created here). */
  schema: string;
  /** Drops the index's tables, leaving `meta`. */
  drop: string;
  /** Key/value table holding the shape version. */
  meta: string;
  /** One row per indexed document, keyed by `document_id`. */
  documents: string;
  /** The document's indexed rows, and their column naming the document. */
  rows: { table: string; documentColumn: string };
}

/** The bookkeeping shared by the SQLite derived indexes, and a per-document replace and remove. */
export interface SqliteDerivedIndexTables<Statements> extends DerivedIndex {
  /** The index's own prepared statements, prepared again after a reset. */
  statements(): Statements;
  /** In one transaction: forgets the document's rows, then lets `write` put the new ones. */
  replace(documentId: string, write: (sql: Statements) => void): void;
  /** Forgets a document (deleted). */
  remove(documentId: string): void;
}

/**
 * Opens a derived index in its own connection (WAL) to the SQLite file of the documents.
 * `beforeSchema` may drop tables of an older shape that the schema could not take.
 */
export function openSqliteDerivedIndexTables<Statements>(
  filename: string,
  tables: DerivedIndexTableNames,
  prepare: (db: Database.Database) => Statements,
  beforeSchema?: (db: Database.Database) => void,
): SqliteDerivedIndexTables<Statements> {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  // The version row outlives a reset: only the index's own tables are dropped.
  const schema = `CREATE TABLE IF NOT EXISTS ${tables.meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n${tables.schema}`;
  beforeSchema?.(db);
  db.exec(schema);

  const bookkeeping = () => ({
    deleteRows: db.prepare(`DELETE FROM ${tables.rows.table} WHERE ${tables.rows.documentColumn} = ?`),
    deleteDocument: db.prepare(`DELETE FROM ${tables.documents} WHERE document_id = ?`),
    selectVersion: db.prepare<[], { value: string }>(`SELECT value FROM ${tables.meta} WHERE key = 'version'`),
    putVersion: db.prepare(
      `INSERT INTO ${tables.meta} (key, value) VALUES ('version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    ),
    selectIds: db.prepare<[], { document_id: string }>(`SELECT document_id FROM ${tables.documents}`),
  });
  let own = bookkeeping();
  let sql = prepare(db);

  const replaceAll = db.transaction((documentId: string, write: (sql: Statements) => void) => {
    own.deleteRows.run(documentId);
    write(sql);
  });
  const removeAll = db.transaction((documentId: string) => {
    own.deleteRows.run(documentId);
    own.deleteDocument.run(documentId);
  });
  const resetAll = db.transaction((version: number) => {
    db.exec(tables.drop);
    db.exec(schema);
    own = bookkeeping();
    sql = prepare(db);
    own.putVersion.run(String(version));
  });

  return {
    statements: () => sql,
    replace: (documentId, write) => replaceAll(documentId, write),
    remove: (documentId) => removeAll(documentId),
    async storedVersion() {
      const row = own.selectVersion.get();
      return row ? Number(row.value) : undefined;
    },
    async reset(version) {
      resetAll(version);
    },
    async indexedDocumentIds() {
      return new Set(own.selectIds.all().map((row) => row.document_id));
    },
    async close() {
      db.close();
    },
  };
}
