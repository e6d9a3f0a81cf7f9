import type pg from 'pg';
import type { DerivedIndex } from '../derivedIndex';
import { inTransaction } from './pgPool';

/** The tables of one derived index in PostgreSQL (migration 005), by name. */
export interface PgDerivedIndexTableNames {
  /** Its row in `derived_index_versions`, and the key of its per-document locks. */
  name: string;
  /** One row per indexed document, keyed by `document_id`. */
  documents: string;
  /** The document's indexed rows, and their column naming the document. */
  rows: { table: string; documentColumn: string };
}

/** The bookkeeping shared by the PostgreSQL derived indexes, and a per-document replace and remove. */
export interface PgDerivedIndexTables extends DerivedIndex {
  /**
   * Replaces a document's rows in one transaction: `write` inserts the new rows and then the
   * document's row (the old ones are deleted first). A later replace or remove of the same
   * document wins: one that comes after this one started makes it write nothing.
   */
  replace(documentId: string, write: (client: pg.PoolClient) => Promise<void>): Promise<void>;
  /** Forgets a document (deleted): its row and rows, at once. */
  remove(documentId: string): Promise<void>;
}

/**
 * Rows per INSERT: a long compte-rendu's 5,000 passages go in 10 statements, each far under
 * PostgreSQL's limits on parameters and message size.
 */
export const INSERT_BATCH = 500;

/**
 * Inserts the row `rowOf` makes of each item with `sql`, a statement taking one array parameter
 * per column (`unnest($1::text[], …)`), INSERT_BATCH rows at a time. PostgreSQL text holds no NUL
 * character, which SQLite kept: it is dropped, so that one stray control character never fails a
 * whole document's indexing.
 */
export async function insertInBatches<Item>(
  client: pg.PoolClient,
  sql: string,
  items: readonly Item[],
  rowOf: (item: Item, position: number) => readonly unknown[],
): Promise<void> {
  for (let start = 0; start < items.length; start += INSERT_BATCH) {
    // Rows are made a batch at a time, between two waits for PostgreSQL: making a long
    // document's 5,000 passages at once held the event loop about 50 ms.
    const batch = items.slice(start, start + INSERT_BATCH).map((item, offset) => rowOf(item, start + offset));
    const columns = batch[0]!.map((_, column) => batch.map((row) => pgValue(row[column])));
    await client.query(sql, columns);
  }
}

/** A value as PostgreSQL can take it: text without NUL characters. */
export function pgValue<T>(value: T): T {
  return (typeof value === 'string' ? value.replace(/\u0000/g, '') : value) as T;
}

/**
 * Opens the bookkeeping of one derived index on the shared pool (its tables come from migration
 * 005). No slices here: the writes run in PostgreSQL, off the event loop, and a transaction shows
 * a document's new rows all at once, which SQLite needed generations for.
 */
export function pgDerivedIndexTables(pool: pg.Pool, tables: PgDerivedIndexTableNames): PgDerivedIndexTables {
  const { table, documentColumn } = tables.rows;

  // Each replace or remove takes a number; only the latest one per document is still wanted. Two
  // calls of this process may reach PostgreSQL in either order (each waits for its own pool
  // client), so the number, not the arrival, says which one is later.
  let nextClaim = 0;
  const latest = new Map<string, number>();
  const claim = (documentId: string) => {
    const claimed = nextClaim++;
    latest.set(documentId, claimed);
    return {
      wanted: () => latest.get(documentId) === claimed,
      release: () => {
        if (latest.get(documentId) === claimed) latest.delete(documentId);
      },
    };
  };

  // Writes of one document take turns, across every instance on the database: without the lock,
  // two replaces running together would each delete only the rows they saw, leaving both sets.
  // The rows table is always written before the documents table, in the order `reset` truncates
  // them, so a replace and a reset never wait for each other in a circle.
  const lockDocument = (client: pg.PoolClient, documentId: string) =>
    client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [tables.name, documentId]);

  return {
    async replace(documentId, write) {
      const { wanted, release } = claim(documentId);
      try {
        await inTransaction(pool, async (client) => {
          await lockDocument(client, documentId);
          // Checked under the lock: a later call that wrote first, or a remove, makes this one stale.
          if (!wanted()) return;
          await client.query(`DELETE FROM ${table} WHERE ${documentColumn} = $1`, [documentId]);
          await write(client);
        });
      } finally {
        release();
      }
    },
    async remove(documentId) {
      const { release } = claim(documentId);
      try {
        await inTransaction(pool, async (client) => {
          await lockDocument(client, documentId);
          await client.query(`DELETE FROM ${table} WHERE ${documentColumn} = $1`, [documentId]);
          await client.query(`DELETE FROM ${tables.documents} WHERE document_id = $1`, [documentId]);
        });
      } finally {
        release();
      }
    },
    async storedVersion() {
      const result = await pool.query<{ version: number }>('SELECT version FROM derived_index_versions WHERE name = $1', [tables.name]);
      return result.rows[0]?.version;
    },
    async reset(version) {
      // Writes of this process not yet under way belong to the emptied index: they write nothing.
      // One under way holds its tables: TRUNCATE waits for it to commit, then empties it too. (One
      // that had passed its check but not yet touched the tables writes its document after the
      // reset: indexed by this code, it is of the new shape, and the rebuild then keeps it.)
      latest.clear();
      await inTransaction(pool, async (client) => {
        await client.query(`TRUNCATE ${table}, ${tables.documents}`);
        await client.query(
          `INSERT INTO derived_index_versions (name, version) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version`,
          [tables.name, version],
        );
      });
    },
    async indexedDocumentIds() {
      const result = await pool.query<{ document_id: string }>(`SELECT document_id FROM ${tables.documents}`);
      return new Set(result.rows.map((row) => row.document_id));
    },
    // The pool is shared by every store: the server ends it once.
    async close() {},
  };
}
