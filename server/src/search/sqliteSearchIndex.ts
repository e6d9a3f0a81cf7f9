import { READABLE_SCOPE_SQL, readableScopeParameters } from '../storage/readableScopeSql';
import { openSqliteDerivedIndexTables } from '../storage/sqliteDerivedIndexTables';
import { MATCH_END, MATCH_START, withoutMatchMarkers } from './excerptParts';
import type { SearchIndex } from './searchIndex';
import { searchResultOf, type PassageRow } from './searchResultRows';
import { foldText, ftsMatchExpression, parseSearchTerms } from './searchTerms';

/**
 * The passages live in a plain table; the FTS5 table indexes their text as an external
 * content table, kept in step by triggers, so removing a document is a lookup by its
 * id rather than a scan of the whole full-text index.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS search_documents (
  document_id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL,
  series_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT,
  status TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS search_documents_by_collective ON search_documents(collective_id);
CREATE TABLE IF NOT EXISTS search_passage_rows (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  block_id TEXT,
  section TEXT,
  organisation TEXT,
  organisation_key TEXT,
  person TEXT,
  text TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS search_passages_by_document ON search_passage_rows(document_id);
CREATE VIRTUAL TABLE IF NOT EXISTS search_passages USING fts5(
  text, content = 'search_passage_rows', content_rowid = 'id', tokenize = "unicode61 remove_diacritics 2"
);
CREATE TRIGGER IF NOT EXISTS search_passages_added AFTER INSERT ON search_passage_rows BEGIN
  INSERT INTO search_passages(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS search_passages_removed AFTER DELETE ON search_passage_rows BEGIN
  INSERT INTO search_passages(search_passages, rowid, text) VALUES ('delete', old.id, old.text);
END;
`;

const DROP = `
DROP TRIGGER IF EXISTS search_passages_added;
DROP TRIGGER IF EXISTS search_passages_removed;
DROP TABLE IF EXISTS search_passages;
DROP TABLE IF EXISTS search_passage_rows;
DROP TABLE IF EXISTS search_documents;
`;

type ResultRow = PassageRow & { excerpt: string };

/** Words of context around the match in an excerpt. */
const EXCERPT_TOKENS = 24;

/** The embedded default: SQLite FTS5 in the same file as the documents (its own connection, WAL). */
export function createSqliteSearchIndex(filename: string): SearchIndex {
  const tables = openSqliteDerivedIndexTables(
    filename,
    {
      schema: SCHEMA,
      drop: DROP,
      meta: 'search_meta',
      documents: 'search_documents',
      rows: { table: 'search_passage_rows', documentColumn: 'document_id' },
    },
    (db) => ({
      upsertDocument: db.prepare(
        `INSERT INTO search_documents (document_id, collective_id, series_id, title, meeting_date, status, generation)
         VALUES (@id, @collectiveId, @seriesId, @title, @meetingDate, @status, @generation)
         ON CONFLICT(document_id) DO UPDATE SET collective_id = excluded.collective_id, series_id = excluded.series_id, title = excluded.title,
           meeting_date = excluded.meeting_date, status = excluded.status, generation = excluded.generation`,
      ),
      insertPassage: db.prepare(
        `INSERT INTO search_passage_rows (document_id, kind, block_id, section, organisation, organisation_key, person, text, generation)
         VALUES (@documentId, @kind, @blockId, @section, @organisation, @organisationKey, @person, @text, @generation)`,
      ),
      // Access (Q1) and filters are conditions of the query itself: rows outside the
      // scope are never read out, so nothing about them (not even a count) can leak.
      search: db.prepare<Record<string, unknown>, ResultRow>(
        `SELECT c.document_id, d.title, d.meeting_date, d.status, c.kind, c.block_id, c.section, c.organisation, c.person,
           snippet(search_passages, 0, '${MATCH_START}', '${MATCH_END}', '…', ${EXCERPT_TOKENS}) AS excerpt
         FROM search_passages
         JOIN search_passage_rows c ON c.id = search_passages.rowid
         JOIN search_documents d ON d.document_id = c.document_id AND d.generation = c.generation
         WHERE search_passages MATCH @match
           AND ${READABLE_SCOPE_SQL}
           AND (@status IS NULL OR d.status = @status)
           AND (@from IS NULL OR d.meeting_date >= @from)
           AND (@to IS NULL OR d.meeting_date <= @to)
           AND (@association IS NULL OR c.organisation_key = @association)
           AND (@series IS NULL OR d.series_id = @series)
         ORDER BY bm25(search_passages), d.meeting_date DESC, c.id
         LIMIT @limit`,
      ),
    }),
    (db) => {
      // Tables of an older shape (before Q7's series) cannot take this version's statements: drop
      // them without recording a version, so that the start-up rebuild (Q3) fills them again.
      const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('search_documents')").all();
      if (columns.length > 0 && !columns.some((column) => column.name === 'series_id')) {
        db.exec(DROP);
        db.exec("DELETE FROM search_meta WHERE key = 'version'");
      }
    },
  );
  const { storedVersion, reset, indexedDocumentIds, close } = tables;

  return {
    index: (document) =>
      tables.replace(document.id, {
        rows: document.passages,
        document: (sql, generation) => sql.upsertDocument.run({ ...document, title: withoutMatchMarkers(document.title), generation }),
        row: (sql, passage, _position, generation) =>
          sql.insertPassage.run({
            documentId: document.id,
            kind: passage.kind,
            blockId: passage.blockId,
            section: passage.section,
            organisation: passage.organisation,
            organisationKey: passage.organisation === null ? null : foldText(passage.organisation).trim(),
            person: passage.person,
            text: withoutMatchMarkers(passage.text),
            generation,
          }),
      }),
    remove: (documentId) => tables.remove(documentId),
    async search({ text, scope, filters, limit }) {
      const match = ftsMatchExpression(parseSearchTerms(text));
      if (match === undefined) return [];
      const rows = tables.statements().search.all({
        match,
        ...readableScopeParameters(scope),
        status: filters.status ?? null,
        from: filters.from ?? null,
        to: filters.to ?? null,
        association: filters.association === undefined ? null : foldText(filters.association).trim(),
        series: filters.series ?? null,
        limit,
      });
      return rows.map((row) => searchResultOf(row, row.excerpt));
    },
    storedVersion,
    reset,
    indexedDocumentIds,
    close,
  };
}
