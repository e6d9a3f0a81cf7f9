import Database from 'better-sqlite3';
import type { AnnexedInEntry } from '../../../shared/api/annexedIn';
import type { AnnexLinkIndex, IndexedAnnexLinks } from './annexLinkIndex';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS annex_link_index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS annex_link_documents (
  document_id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT
);
CREATE TABLE IF NOT EXISTS annex_links (
  source_document_id TEXT NOT NULL,
  annex_number INTEGER NOT NULL,
  target_document_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS annex_links_by_source ON annex_links(source_document_id);
CREATE INDEX IF NOT EXISTS annex_links_by_target ON annex_links(target_document_id);
`;

const DROP = `
DROP TABLE IF EXISTS annex_links;
DROP TABLE IF EXISTS annex_link_documents;
`;

/** The readable scope (SPEC N7, as X2) as a condition of the query: a document the user may not read is never read out. */
const IN_SCOPE = '(d.collective_id = @collectiveId OR d.document_id IN (SELECT value FROM json_each(@shared)))';

interface AnnexedInRow {
  document_id: string;
  title: string;
  meeting_date: string | null;
  annex_number: number;
}

/** The embedded default: tables in the same SQLite file as the documents (its own connection, WAL). */
export function createSqliteAnnexLinkIndex(filename: string): AnnexLinkIndex {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const statements = () => ({
    deleteLinks: db.prepare('DELETE FROM annex_links WHERE source_document_id = ?'),
    deleteDocument: db.prepare('DELETE FROM annex_link_documents WHERE document_id = ?'),
    upsertDocument: db.prepare(
      `INSERT INTO annex_link_documents (document_id, collective_id, title, meeting_date)
       VALUES (@id, @collectiveId, @title, @meetingDate)
       ON CONFLICT(document_id) DO UPDATE SET collective_id = excluded.collective_id, title = excluded.title,
         meeting_date = excluded.meeting_date`,
    ),
    insertLink: db.prepare(
      'INSERT INTO annex_links (source_document_id, annex_number, target_document_id) VALUES (@source, @annexNumber, @targetDocumentId)',
    ),
    // A document linking to itself says nothing worth showing on itself.
    annexedIn: db.prepare<Record<string, unknown>, AnnexedInRow>(
      `SELECT d.document_id, d.title, d.meeting_date, MIN(l.annex_number) AS annex_number
       FROM annex_links l JOIN annex_link_documents d ON d.document_id = l.source_document_id
       WHERE l.target_document_id = @target AND l.source_document_id <> @target AND ${IN_SCOPE}
       GROUP BY d.document_id
       ORDER BY d.meeting_date IS NULL, d.meeting_date, d.title, d.document_id`,
    ),
    selectVersion: db.prepare<[], { value: string }>("SELECT value FROM annex_link_index_meta WHERE key = 'version'"),
    putVersion: db.prepare(
      "INSERT INTO annex_link_index_meta (key, value) VALUES ('version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ),
    selectIds: db.prepare<[], { document_id: string }>('SELECT document_id FROM annex_link_documents'),
  });
  let sql = statements();

  const indexAll = db.transaction((document: IndexedAnnexLinks) => {
    sql.deleteLinks.run(document.id);
    sql.upsertDocument.run({ id: document.id, collectiveId: document.collectiveId, title: document.title, meetingDate: document.meetingDate });
    for (const link of document.links) sql.insertLink.run({ source: document.id, ...link });
  });
  const removeAll = db.transaction((documentId: string) => {
    sql.deleteLinks.run(documentId);
    sql.deleteDocument.run(documentId);
  });
  const resetAll = db.transaction((version: number) => {
    db.exec(DROP);
    db.exec(SCHEMA);
    sql = statements();
    sql.putVersion.run(String(version));
  });

  return {
    async index(document) {
      indexAll(document);
    },
    async remove(documentId) {
      removeAll(documentId);
    },
    async annexedIn(scope, targetDocumentId) {
      const rows = sql.annexedIn.all({
        target: targetDocumentId,
        collectiveId: scope.collectiveId,
        shared: JSON.stringify(scope.sharedDocumentIds),
      });
      return rows.map(
        (row): AnnexedInEntry => ({
          documentId: row.document_id,
          title: row.title,
          meetingDate: row.meeting_date,
          annexNumber: row.annex_number,
        }),
      );
    },
    async storedVersion() {
      const row = sql.selectVersion.get();
      return row ? Number(row.value) : undefined;
    },
    async reset(version) {
      resetAll(version);
    },
    async indexedDocumentIds() {
      return new Set(sql.selectIds.all().map((row) => row.document_id));
    },
    async close() {
      db.close();
    },
  };
}
