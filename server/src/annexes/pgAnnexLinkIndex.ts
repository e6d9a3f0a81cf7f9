import type pg from 'pg';
import { insertInBatches, pgDerivedIndexTables, pgValue } from '../storage/postgres/pgDerivedIndexTables';
import { PG_READABLE_SCOPE_SQL, pgReadableScopeParameters } from '../storage/postgres/pgReadableScopeSql';
import { annexedInEntryOf, type AnnexedInRow } from './annexedInRows';
import type { AnnexLinkIndex } from './annexLinkIndex';

const INSERT_LINKS = `
INSERT INTO annex_links (source_document_id, position, annex_number, target_document_id)
SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[])`;

const UPSERT_DOCUMENT = `
INSERT INTO annex_link_documents (document_id, collective_id, title, meeting_date)
VALUES ($1, $2, $3, $4)
ON CONFLICT (document_id) DO UPDATE SET collective_id = EXCLUDED.collective_id, title = EXCLUDED.title,
  meeting_date = EXCLUDED.meeting_date`;

// A document linking to itself says nothing worth showing on itself. Meeting order, undated last.
const ANNEXED_IN = `
SELECT d.document_id, d.title, d.meeting_date, MIN(l.annex_number) AS annex_number
FROM annex_links l JOIN annex_link_documents d ON d.document_id = l.source_document_id
WHERE l.target_document_id = $3 AND l.source_document_id <> $3 AND ${PG_READABLE_SCOPE_SQL}
GROUP BY d.document_id
ORDER BY d.meeting_date IS NULL, d.meeting_date, d.title, d.document_id`;

/** The annex-link index on the shared PostgreSQL pool (issue 18), its tables from migration 005. */
export function createPgAnnexLinkIndex(pool: pg.Pool): AnnexLinkIndex {
  const tables = pgDerivedIndexTables(pool, {
    name: 'annex_links',
    documents: 'annex_link_documents',
    rows: { table: 'annex_links', documentColumn: 'source_document_id' },
  });
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index: (document) =>
      tables.replace(document.id, async (client) => {
        await insertInBatches(client, INSERT_LINKS, document.links, (link, position) => [document.id, position, link.annexNumber, link.targetDocumentId]);
        const values = [document.id, document.collectiveId, document.title, document.meetingDate];
        await client.query(UPSERT_DOCUMENT, values.map(pgValue));
      }),
    remove: (documentId) => tables.remove(documentId),
    async annexedIn(scope, targetDocumentId) {
      const { rows } = await pool.query<AnnexedInRow>(ANNEXED_IN, [...pgReadableScopeParameters(scope), targetDocumentId]);
      return rows.map(annexedInEntryOf);
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
