import { READABLE_SCOPE_SQL, readableScopeParameters } from '../storage/readableScopeSql';
import { openSqliteDerivedIndexTables } from '../storage/sqliteDerivedIndexTables';
import { annexedInEntryOf, type AnnexedInRow } from './annexedInRows';
import type { AnnexLinkIndex, IndexedAnnexLinks } from './annexLinkIndex';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS annex_link_documents (
  document_id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT,
  generation INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS annex_links (
  source_document_id TEXT NOT NULL,
  annex_number INTEGER NOT NULL,
  target_document_id TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS annex_links_by_source ON annex_links(source_document_id);
CREATE INDEX IF NOT EXISTS annex_links_by_target ON annex_links(target_document_id);
`;

const DROP = `
DROP TABLE IF EXISTS annex_links;
DROP TABLE IF EXISTS annex_link_documents;
`;

/** The embedded default: tables in the same SQLite file as the documents (its own connection, WAL). */
export function createSqliteAnnexLinkIndex(filename: string): AnnexLinkIndex {
  const tables = openSqliteDerivedIndexTables(
    filename,
    {
      schema: SCHEMA,
      drop: DROP,
      meta: 'annex_link_index_meta',
      documents: 'annex_link_documents',
      rows: { table: 'annex_links', documentColumn: 'source_document_id' },
    },
    (db) => ({
      upsertDocument: db.prepare(
        `INSERT INTO annex_link_documents (document_id, collective_id, title, meeting_date, generation)
         VALUES (@id, @collectiveId, @title, @meetingDate, @generation)
         ON CONFLICT(document_id) DO UPDATE SET collective_id = excluded.collective_id, title = excluded.title,
           meeting_date = excluded.meeting_date, generation = excluded.generation`,
      ),
      insertLink: db.prepare(
        `INSERT INTO annex_links (source_document_id, annex_number, target_document_id, generation)
         VALUES (@source, @annexNumber, @targetDocumentId, @generation)`,
      ),
      // A document linking to itself says nothing worth showing on itself.
      annexedIn: db.prepare<Record<string, unknown>, AnnexedInRow>(
        `SELECT d.document_id, d.title, d.meeting_date, MIN(l.annex_number) AS annex_number
         FROM annex_links l JOIN annex_link_documents d ON d.document_id = l.source_document_id AND d.generation = l.generation
         WHERE l.target_document_id = @target AND l.source_document_id <> @target AND ${READABLE_SCOPE_SQL}
         GROUP BY d.document_id
         ORDER BY d.meeting_date IS NULL, d.meeting_date, d.title, d.document_id`,
      ),
    }),
  );
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index: (document: IndexedAnnexLinks) =>
      tables.replace(document.id, {
        rows: document.links,
        document: (sql, generation) =>
          sql.upsertDocument.run({ id: document.id, collectiveId: document.collectiveId, title: document.title, meetingDate: document.meetingDate, generation }),
        row: (sql, link, _position, generation) => sql.insertLink.run({ source: document.id, ...link, generation }),
      }),
    remove: (documentId) => tables.remove(documentId),
    async annexedIn(scope, targetDocumentId) {
      const rows = tables.statements().annexedIn.all({
        target: targetDocumentId,
        ...readableScopeParameters(scope),
      });
      return rows.map(annexedInEntryOf);
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
