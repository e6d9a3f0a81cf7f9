import Database from 'better-sqlite3';
import type { DerivedIndex } from './derivedIndex';
import { writeInSlices } from './writeInSlices';

/**
 * The tables of one derived index kept in SQLite, by name. Both the documents table and the
 * rows table have a `generation` column: a query joins a row to its document only when their
 * generations are equal, so a document's new rows, written in slices, show all at once.
 */
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

/** How an index writes one document: its row in the documents table, and each of its rows. */
export interface DocumentWrite<Statements, Row> {
  rows: readonly Row[];
  document(sql: Statements, generation: number): void;
  row(sql: Statements, row: Row, position: number, generation: number): void;
}

/** The bookkeeping shared by the SQLite derived indexes, and a per-document replace and remove. */
export interface SqliteDerivedIndexTables<Statements> extends DerivedIndex {
  /** The index's own prepared statements, prepared again after a reset. */
  statements(): Statements;
  /**
   * Replaces a document's rows in short transactions that yield to the event loop between
   * them: the new rows are written aside, shown at once with the document's row, then the
   * old ones are deleted. A later replace or remove of the same document stops this one.
   */
  replace<Row>(documentId: string, write: DocumentWrite<Statements, Row>): Promise<void>;
  /** Forgets a document (deleted): hidden at once, its rows deleted in slices. */
  remove(documentId: string): Promise<void>;
}

/** Rows deleted per statement: a handful of statements fill one slice. */
const DELETE_BATCH = 25;

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
  const metaSchema = `CREATE TABLE IF NOT EXISTS ${tables.meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;
  const schema = `${metaSchema}\n${tables.schema}`;
  beforeSchema?.(db);
  db.exec(metaSchema);
  dropTablesWithoutGeneration(db, tables);
  db.exec(schema);

  const { table, documentColumn } = tables.rows;
  const bookkeeping = () => ({
    deleteStaleRows: db.prepare(
      `DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE ${documentColumn} = ? AND generation <> ? LIMIT ${DELETE_BATCH})`,
    ),
    deleteRows: db.prepare(`DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE ${documentColumn} = ? LIMIT ${DELETE_BATCH})`),
    deleteDocument: db.prepare(`DELETE FROM ${tables.documents} WHERE document_id = ?`),
    selectVersion: db.prepare<[], { value: string }>(`SELECT value FROM ${tables.meta} WHERE key = 'version'`),
    putVersion: db.prepare(
      `INSERT INTO ${tables.meta} (key, value) VALUES ('version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    ),
    selectIds: db.prepare<[], { document_id: string }>(`SELECT document_id FROM ${tables.documents}`),
  });
  let own = bookkeeping();
  let sql = prepare(db);

  // Each replace or remove takes a new generation; the latest one per document is the one
  // still wanted. Starting from the clock, generations keep growing across restarts, so rows
  // that a crash left half-written never share the generation of a later write.
  let nextGeneration = Date.now() * 1000;
  const latest = new Map<string, number>();
  const claim = (documentId: string) => {
    const generation = nextGeneration++;
    latest.set(documentId, generation);
    return { generation, wanted: () => db.open && latest.get(documentId) === generation };
  };
  const release = (documentId: string, generation: number) => {
    if (latest.get(documentId) === generation) latest.delete(documentId);
  };

  const resetAll = db.transaction((version: number) => {
    db.exec(tables.drop);
    db.exec(schema);
    own = bookkeeping();
    sql = prepare(db);
    own.putVersion.run(String(version));
  });

  return {
    statements: () => sql,
    async replace(documentId, write) {
      const { generation, wanted } = claim(documentId);
      let position = 0;
      // The last step writes the document's row: its new generation shows the new rows.
      const written = await writeInSlices(db, wanted, () => {
        if (position < write.rows.length) {
          write.row(sql, write.rows[position]!, position, generation);
          position++;
          return true;
        }
        write.document(sql, generation);
        return false;
      });
      if (!written) return;
      await writeInSlices(db, wanted, () => own.deleteStaleRows.run(documentId, generation).changes > 0);
      release(documentId, generation);
    },
    async remove(documentId) {
      const { generation, wanted } = claim(documentId);
      own.deleteDocument.run(documentId);
      await writeInSlices(db, wanted, () => own.deleteRows.run(documentId).changes > 0);
      release(documentId, generation);
    },
    async storedVersion() {
      const row = own.selectVersion.get();
      return row ? Number(row.value) : undefined;
    },
    async reset(version) {
      // Writes under way belong to the emptied index: they stop at their next slice.
      latest.clear();
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

/**
 * Rows written before generations existed cannot be told apart from new ones (and some tables
 * keyed them without it): drop the tables and forget their version, so start-up rebuilds them (Q3).
 */
function dropTablesWithoutGeneration(db: Database.Database, tables: DerivedIndexTableNames): void {
  const columns = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(tables.rows.table);
  if (columns.length === 0 || columns.some((column) => column.name === 'generation')) return;
  db.exec(tables.drop);
  db.exec(`DELETE FROM ${tables.meta} WHERE key = 'version'`);
}
