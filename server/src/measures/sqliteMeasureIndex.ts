import type { MeasureCount } from '../../../shared/api/measureIndex';
import { READABLE_SCOPE_SQL, readableScopeParameters } from '../storage/readableScopeSql';
import { openSqliteDerivedIndexTables } from '../storage/sqliteDerivedIndexTables';
import { citationViewOf, type CitationRow } from './measureCitationRows';
import type { MeasureIndex } from './measureIndex';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS measure_documents (
  document_id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT,
  status TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS measure_documents_by_collective ON measure_documents(collective_id);
CREATE TABLE IF NOT EXISTS measure_citations (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL,
  plan TEXT,
  number INTEGER NOT NULL,
  item TEXT NOT NULL,
  linked INTEGER NOT NULL,
  block_id TEXT NOT NULL,
  section TEXT,
  organisation TEXT,
  person TEXT,
  excerpt TEXT NOT NULL,
  phrase TEXT,
  generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS measure_citations_by_document ON measure_citations(document_id);
CREATE INDEX IF NOT EXISTS measure_citations_by_measure ON measure_citations(number, plan);
`;

const DROP = `
DROP TABLE IF EXISTS measure_citations;
DROP TABLE IF EXISTS measure_documents;
`;

/** SQLite has no booleans: `linked` is stored as 0/1. */
type SqliteCitationRow = Omit<CitationRow, 'linked'> & { linked: number };

/** The embedded default: tables in the same SQLite file as the documents (its own connection, WAL). */
export function createSqliteMeasureIndex(filename: string): MeasureIndex {
  const tables = openSqliteDerivedIndexTables(
    filename,
    {
      schema: SCHEMA,
      drop: DROP,
      meta: 'measure_index_meta',
      documents: 'measure_documents',
      rows: { table: 'measure_citations', documentColumn: 'document_id' },
    },
    (db) => ({
      upsertDocument: db.prepare(
        `INSERT INTO measure_documents (document_id, collective_id, title, meeting_date, status, generation)
         VALUES (@id, @collectiveId, @title, @meetingDate, @status, @generation)
         ON CONFLICT(document_id) DO UPDATE SET collective_id = excluded.collective_id, title = excluded.title,
           meeting_date = excluded.meeting_date, status = excluded.status, generation = excluded.generation`,
      ),
      insertCitation: db.prepare(
        `INSERT INTO measure_citations (document_id, plan, number, item, linked, block_id, section, organisation, person, excerpt, phrase, generation)
         VALUES (@documentId, @plan, @number, @item, @linked, @blockId, @section, @organisation, @person, @excerpt, @phrase, @generation)`,
      ),
      // Plain words name no plan: they are offered on the page of that number in every plan.
      citations: db.prepare<Record<string, unknown>, SqliteCitationRow>(
        `SELECT c.document_id, d.title, d.meeting_date, d.status, c.block_id, c.section, c.organisation, c.person,
           c.excerpt, c.item, c.linked, c.phrase
         FROM measure_citations c JOIN measure_documents d ON d.document_id = c.document_id AND d.generation = c.generation
         WHERE c.number = @number AND ((c.linked = 1 AND c.plan = @plan) OR c.linked = 0) AND ${READABLE_SCOPE_SQL}
         ORDER BY c.linked DESC, d.meeting_date DESC, c.document_id, c.id`,
      ),
      counts: db.prepare<Record<string, unknown>, MeasureCount>(
        `SELECT c.number AS number, COUNT(*) AS passages, COUNT(DISTINCT c.document_id) AS documents
         FROM measure_citations c JOIN measure_documents d ON d.document_id = c.document_id AND d.generation = c.generation
         WHERE c.linked = 1 AND c.plan = @plan AND ${READABLE_SCOPE_SQL}
         GROUP BY c.number ORDER BY c.number`,
      ),
    }),
  );
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index: (document) =>
      tables.replace(document.id, {
        rows: document.citations,
        document: (sql, generation) => sql.upsertDocument.run({ ...document, generation }),
        row: (sql, citation, _position, generation) =>
          sql.insertCitation.run({ documentId: document.id, ...citation, linked: citation.linked ? 1 : 0, generation }),
      }),
    remove: (documentId) => tables.remove(documentId),
    async citations(scope, plan, number) {
      return tables.statements().citations.all({ ...readableScopeParameters(scope), plan, number }).map(
        (row) => citationViewOf({ ...row, linked: row.linked === 1 }),
      );
    },
    async counts(scope, plan) {
      return tables.statements().counts.all({ ...readableScopeParameters(scope), plan });
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
