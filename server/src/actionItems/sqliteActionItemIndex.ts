import { READABLE_SCOPE_SQL, readableScopeParameters } from '../storage/readableScopeSql';
import { openSqliteDerivedIndexTables } from '../storage/sqliteDerivedIndexTables';
import type { ActionItemDocument, ActionItemIndex } from './actionItemIndex';
import { copyOf, indexedDocumentOf, type ActionItemCopyRow, type ActionItemDocumentRow } from './actionItemRows';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS action_item_documents (
  document_id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL,
  series_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS action_item_documents_by_collective ON action_item_documents(collective_id);
CREATE TABLE IF NOT EXISTS action_item_rows (
  document_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  identity TEXT NOT NULL,
  origin_document TEXT NOT NULL,
  text TEXT NOT NULL,
  owners TEXT NOT NULL,
  due TEXT NOT NULL,
  status TEXT NOT NULL,
  generation INTEGER NOT NULL,
  PRIMARY KEY (document_id, generation, position)
);
`;

const DROP = `
DROP TABLE IF EXISTS action_item_rows;
DROP TABLE IF EXISTS action_item_documents;
`;

/** The embedded default: two plain tables in the same file as the documents (own connection, WAL). */
export function createSqliteActionItemIndex(filename: string): ActionItemIndex {
  const tables = openSqliteDerivedIndexTables(
    filename,
    {
      schema: SCHEMA,
      drop: DROP,
      meta: 'action_item_meta',
      documents: 'action_item_documents',
      rows: { table: 'action_item_rows', documentColumn: 'document_id' },
    },
    (db) => ({
      upsertDocument: db.prepare(
        `INSERT INTO action_item_documents (document_id, collective_id, series_id, title, meeting_date, created_at, status, generation)
         VALUES (@id, @collectiveId, @seriesId, @title, @meetingDate, @createdAt, @status, @generation)
         ON CONFLICT(document_id) DO UPDATE SET collective_id = excluded.collective_id, series_id = excluded.series_id,
           title = excluded.title, meeting_date = excluded.meeting_date, created_at = excluded.created_at, status = excluded.status,
           generation = excluded.generation`,
      ),
      insertRow: db.prepare(
        `INSERT INTO action_item_rows (document_id, position, item_id, identity, origin_document, text, owners, due, status, generation)
         VALUES (@documentId, @position, @id, @identity, @originDocument, @text, @owners, @due, @status, @generation)`,
      ),
      copies: db.prepare<Record<string, unknown>, ActionItemCopyRow>(
        `SELECT d.*, r.item_id, r.identity, r.origin_document, r.text, r.owners, r.due, r.status AS item_status
         FROM action_item_rows r JOIN action_item_documents d ON d.document_id = r.document_id AND d.generation = r.generation
         WHERE ${READABLE_SCOPE_SQL}
         ORDER BY r.document_id, r.position`,
      ),
      documents: db.prepare<Record<string, unknown>, ActionItemDocumentRow>(`SELECT d.* FROM action_item_documents d WHERE ${READABLE_SCOPE_SQL}`),
    }),
  );
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index(document) {
      const { items, ...record } = document;
      return tables.replace(document.id, {
        rows: items,
        document: (sql, generation) => sql.upsertDocument.run({ ...record, generation }),
        row: (sql, item, position, generation) =>
          sql.insertRow.run({ ...item, documentId: document.id, position, owners: JSON.stringify(item.owners), generation }),
      });
    },
    remove: (documentId) => tables.remove(documentId),
    async copies(scope) {
      return tables.statements().copies.all(readableScopeParameters(scope)).map(copyOf);
    },
    async documents(scope) {
      return new Map(tables.statements().documents.all(readableScopeParameters(scope)).map((row) => [row.document_id, indexedDocumentOf(row)]));
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
