import type pg from 'pg';
import type { MeasureCount } from '../../../shared/api/measureIndex';
import { insertInBatches, pgDerivedIndexTables, pgValue } from '../storage/postgres/pgDerivedIndexTables';
import { PG_READABLE_SCOPE_SQL, pgReadableScopeParameters } from '../storage/postgres/pgReadableScopeSql';
import { citationViewOf, type CitationRow } from './measureCitationRows';
import type { MeasureIndex } from './measureIndex';

const INSERT_CITATIONS = `
INSERT INTO measure_citations (document_id, position, plan, number, item, linked, block_id, section, organisation, person, excerpt, phrase)
SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::text[], $6::boolean[], $7::text[], $8::text[], $9::text[],
  $10::text[], $11::text[], $12::text[])`;

const UPSERT_DOCUMENT = `
INSERT INTO measure_documents (document_id, collective_id, title, meeting_date, status)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (document_id) DO UPDATE SET collective_id = EXCLUDED.collective_id, title = EXCLUDED.title,
  meeting_date = EXCLUDED.meeting_date, status = EXCLUDED.status`;

// Plain words name no plan: they are offered on the page of that number in every plan. Undated
// documents come last, as SQLite sorts NULL below every date.
const CITATIONS = `
SELECT c.document_id, d.title, d.meeting_date, d.status, c.block_id, c.section, c.organisation, c.person,
  c.excerpt, c.item, c.linked, c.phrase
FROM measure_citations c JOIN measure_documents d ON d.document_id = c.document_id
WHERE c.number = $4 AND ((c.linked AND c.plan = $3) OR NOT c.linked) AND ${PG_READABLE_SCOPE_SQL}
ORDER BY c.linked DESC, d.meeting_date DESC NULLS LAST, c.document_id, c.position`;

const COUNTS = `
SELECT c.number, COUNT(*) AS passages, COUNT(DISTINCT c.document_id) AS documents
FROM measure_citations c JOIN measure_documents d ON d.document_id = c.document_id
WHERE c.linked AND c.plan = $3 AND ${PG_READABLE_SCOPE_SQL}
GROUP BY c.number ORDER BY c.number`;

/** The measure index on the shared PostgreSQL pool (issue 18), its tables from migration 005. */
export function createPgMeasureIndex(pool: pg.Pool): MeasureIndex {
  const tables = pgDerivedIndexTables(pool, {
    name: 'measures',
    documents: 'measure_documents',
    rows: { table: 'measure_citations', documentColumn: 'document_id' },
  });
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index: (document) =>
      tables.replace(document.id, async (client) => {
        await insertInBatches(client, INSERT_CITATIONS, document.citations, (c, position) => [
          document.id, position, c.plan, c.number, c.item, c.linked, c.blockId, c.section, c.organisation, c.person, c.excerpt, c.phrase,
        ]);
        const values = [document.id, document.collectiveId, document.title, document.meetingDate, document.status];
        await client.query(UPSERT_DOCUMENT, values.map(pgValue));
      }),
    remove: (documentId) => tables.remove(documentId),
    async citations(scope, plan, number) {
      const { rows } = await pool.query<CitationRow>(CITATIONS, [...pgReadableScopeParameters(scope), plan, number]);
      return rows.map(citationViewOf);
    },
    async counts(scope, plan) {
      const { rows } = await pool.query<{ number: number; passages: string; documents: string }>(COUNTS, [
        ...pgReadableScopeParameters(scope),
        plan,
      ]);
      // COUNT is a BIGINT, which node-postgres answers as a string.
      return rows.map((row): MeasureCount => ({ number: row.number, passages: Number(row.passages), documents: Number(row.documents) }));
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
