import type pg from 'pg';
import { insertInBatches, pgDerivedIndexTables, pgValue } from '../storage/postgres/pgDerivedIndexTables';
import { PG_READABLE_SCOPE_SQL, pgReadableScopeParameters } from '../storage/postgres/pgReadableScopeSql';
import type { ActionItemIndex } from './actionItemIndex';
import { copyOf, indexedDocumentOf, type ActionItemCopyRow, type ActionItemDocumentRow } from './actionItemRows';

const INSERT_ROWS = `
INSERT INTO action_item_rows (document_id, position, item_id, identity, origin_document, text, owners, due, status)
SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])`;

const UPSERT_DOCUMENT = `
INSERT INTO action_item_documents (document_id, collective_id, series_id, title, meeting_date, created_at, status)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (document_id) DO UPDATE SET collective_id = EXCLUDED.collective_id, series_id = EXCLUDED.series_id,
  title = EXCLUDED.title, meeting_date = EXCLUDED.meeting_date, created_at = EXCLUDED.created_at, status = EXCLUDED.status`;

const DOCUMENT_COLUMNS = 'd.document_id, d.collective_id, d.series_id, d.title, d.meeting_date, d.created_at, d.status';

const COPIES = `
SELECT ${DOCUMENT_COLUMNS}, r.item_id, r.identity, r.origin_document, r.text, r.owners, r.due, r.status AS item_status
FROM action_item_rows r JOIN action_item_documents d ON d.document_id = r.document_id
WHERE ${PG_READABLE_SCOPE_SQL}
ORDER BY r.document_id, r.position`;

const DOCUMENTS = `SELECT ${DOCUMENT_COLUMNS} FROM action_item_documents d WHERE ${PG_READABLE_SCOPE_SQL}`;

/** The « À suivre » index on the shared PostgreSQL pool (issue 18), its tables from migration 005. */
export function createPgActionItemIndex(pool: pg.Pool): ActionItemIndex {
  const tables = pgDerivedIndexTables(pool, {
    name: 'action_items',
    documents: 'action_item_documents',
    rows: { table: 'action_item_rows', documentColumn: 'document_id' },
  });
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index: (document) =>
      tables.replace(document.id, async (client) => {
        // Owners as JSON text, as SQLite keeps them: unnest cannot take an array per row.
        await insertInBatches(client, INSERT_ROWS, document.items, (item, position) => [
          document.id, position, item.id, item.identity, item.originDocument, item.text, JSON.stringify(item.owners), item.due, item.status,
        ]);
        const { id, collectiveId, seriesId, title, meetingDate, createdAt, status } = document;
        await client.query(UPSERT_DOCUMENT, [id, collectiveId, seriesId, title, meetingDate, createdAt, status].map(pgValue));
      }),
    remove: (documentId) => tables.remove(documentId),
    async copies(scope) {
      const { rows } = await pool.query<ActionItemCopyRow>(COPIES, pgReadableScopeParameters(scope));
      return rows.map(copyOf);
    },
    async documents(scope) {
      const { rows } = await pool.query<ActionItemDocumentRow>(DOCUMENTS, pgReadableScopeParameters(scope));
      return new Map(rows.map((row) => [row.document_id, indexedDocumentOf(row)]));
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
