import type pg from 'pg';
import { insertInBatches, pgDerivedIndexTables, pgValue } from '../storage/postgres/pgDerivedIndexTables';
import { PG_READABLE_SCOPE_SQL, pgReadableScopeParameters } from '../storage/postgres/pgReadableScopeSql';
import { withoutMatchMarkers } from './excerptParts';
import { markedExcerpt } from './markedExcerpt';
import { textWords, tsqueryLiteral, tsvectorLiteral } from './pgSearchWords';
import type { SearchIndex } from './searchIndex';
import { searchResultOf, type PassageRow } from './searchResultRows';
import { foldText, parseSearchTerms } from './searchTerms';

const INSERT_PASSAGES = `
INSERT INTO search_passages (document_id, position, kind, block_id, section, organisation, organisation_key, person, text, words)
SELECT document_id, position, kind, block_id, section, organisation, organisation_key, person, text, words::tsvector
FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
  AS p(document_id, position, kind, block_id, section, organisation, organisation_key, person, text, words)`;

const UPSERT_DOCUMENT = `
INSERT INTO search_documents (document_id, collective_id, series_id, title, meeting_date, status)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (document_id) DO UPDATE SET collective_id = EXCLUDED.collective_id, series_id = EXCLUDED.series_id,
  title = EXCLUDED.title, meeting_date = EXCLUDED.meeting_date, status = EXCLUDED.status`;

// Access (Q1) and filters are conditions of the query itself: rows outside the scope are never
// read out, so nothing about them (not even a count) can leak. Undated documents come last, as
// SQLite sorts NULL below every date. The rank, as bm25 in SQLite, weighs a match in a short
// passage above one in a long passage.
const SEARCH = `
SELECT p.document_id, d.title, d.meeting_date, d.status, p.kind, p.block_id, p.section, p.organisation, p.person, p.text
FROM search_passages p
JOIN search_documents d ON d.document_id = p.document_id
WHERE p.words @@ $3::tsquery
  AND ${PG_READABLE_SCOPE_SQL}
  AND ($4::text IS NULL OR d.status = $4)
  AND ($5::text IS NULL OR d.meeting_date >= $5)
  AND ($6::text IS NULL OR d.meeting_date <= $6)
  AND ($7::text IS NULL OR p.organisation_key = $7)
  AND ($8::text IS NULL OR d.series_id = $8)
ORDER BY ts_rank(p.words, $3::tsquery, 1) DESC, d.meeting_date DESC NULLS LAST, p.id
LIMIT $9`;

type ResultRow = PassageRow & { text: string };

/**
 * Search on PostgreSQL's own full text search (issue 18), passing `searchIndexContract` as the
 * SQLite FTS5 index does: the words are cut and folded here (pgSearchWords), so no extension
 * (`unaccent`) is needed, and the excerpt is marked here from the passage as written.
 */
export function createPgSearchIndex(pool: pg.Pool): SearchIndex {
  const tables = pgDerivedIndexTables(pool, {
    name: 'search',
    documents: 'search_documents',
    rows: { table: 'search_passages', documentColumn: 'document_id' },
  });
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index: (document) =>
      tables.replace(document.id, async (client) => {
        await insertInBatches(client, INSERT_PASSAGES, document.passages, (passage, position) => {
          // Without NUL first (pgValue), so that the words are those of the text kept.
          const text = pgValue(withoutMatchMarkers(passage.text));
          const organisationKey = passage.organisation === null ? null : foldText(passage.organisation).trim();
          const { blockId, section, organisation, person } = passage;
          return [document.id, position, passage.kind, blockId, section, organisation, organisationKey, person, text, tsvectorLiteral(textWords(text))];
        });
        const title = withoutMatchMarkers(document.title);
        const values = [document.id, document.collectiveId, document.seriesId, title, document.meetingDate, document.status];
        await client.query(UPSERT_DOCUMENT, values.map(pgValue));
      }),
    remove: (documentId) => tables.remove(documentId),
    async search({ text, scope, filters, limit }) {
      const terms = parseSearchTerms(text);
      const query = tsqueryLiteral(terms);
      if (query === undefined) return [];
      const association = filters.association === undefined ? null : pgValue(foldText(filters.association).trim());
      const { rows } = await pool.query<ResultRow>(SEARCH, [
        ...pgReadableScopeParameters(scope),
        query,
        ...[filters.status, filters.from, filters.to].map((value) => pgValue(value ?? null)),
        association,
        pgValue(filters.series ?? null),
        limit,
      ]);
      return rows.map((row) => searchResultOf(row, markedExcerpt(row.text, terms)));
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
