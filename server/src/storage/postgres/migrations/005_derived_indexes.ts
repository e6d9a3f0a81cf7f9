import type { Migration } from '../migrate';

/**
 * The four derived indexes (search Q1–Q7, measure citations X1–X4, « À suivre » T1, annex links N7):
 * the same columns as their SQLite tables, without the `generation` the SQLite ones need to show a
 * document written in slices all at once — here one transaction replaces a document's rows, and no
 * reader sees it half written. No foreign key to `documents`: an index is derived data, rebuilt from
 * the documents at start-up, and follows them a little later (the pauses of typing).
 *
 * Text that is sorted (ids, titles, meeting dates) is `COLLATE "C"`: byte order, as SQLite sorts.
 * A row's `position` is its place in its document, the order SQLite got from its rowid.
 */
export const derivedIndexesMigration: Migration = {
  id: '005_derived_indexes',
  sql: `
CREATE TABLE derived_index_versions (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);

CREATE TABLE search_documents (
  document_id TEXT COLLATE "C" PRIMARY KEY,
  collective_id TEXT NOT NULL,
  series_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT COLLATE "C",
  status TEXT NOT NULL
);
CREATE INDEX search_documents_by_collective ON search_documents (collective_id);
CREATE TABLE search_passages (
  id BIGSERIAL PRIMARY KEY,
  document_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  block_id TEXT,
  section TEXT,
  organisation TEXT,
  organisation_key TEXT,
  person TEXT,
  text TEXT NOT NULL,
  words TSVECTOR NOT NULL
);
CREATE INDEX search_passages_by_document ON search_passages (document_id);
CREATE INDEX search_passages_by_words ON search_passages USING GIN (words);

CREATE TABLE measure_documents (
  document_id TEXT COLLATE "C" PRIMARY KEY,
  collective_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT COLLATE "C",
  status TEXT NOT NULL
);
CREATE INDEX measure_documents_by_collective ON measure_documents (collective_id);
CREATE TABLE measure_citations (
  document_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  plan TEXT,
  number INTEGER NOT NULL,
  item TEXT NOT NULL,
  linked BOOLEAN NOT NULL,
  block_id TEXT NOT NULL,
  section TEXT,
  organisation TEXT,
  person TEXT,
  excerpt TEXT NOT NULL,
  phrase TEXT,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX measure_citations_by_measure ON measure_citations (number, plan);

CREATE TABLE action_item_documents (
  document_id TEXT COLLATE "C" PRIMARY KEY,
  collective_id TEXT NOT NULL,
  series_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT COLLATE "C",
  created_at TEXT COLLATE "C" NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX action_item_documents_by_collective ON action_item_documents (collective_id);
CREATE TABLE action_item_rows (
  document_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  identity TEXT NOT NULL,
  origin_document TEXT NOT NULL,
  text TEXT NOT NULL,
  owners TEXT NOT NULL,
  due TEXT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);

CREATE TABLE annex_link_documents (
  document_id TEXT COLLATE "C" PRIMARY KEY,
  collective_id TEXT NOT NULL,
  title TEXT COLLATE "C" NOT NULL,
  meeting_date TEXT COLLATE "C"
);
CREATE TABLE annex_links (
  source_document_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  annex_number INTEGER NOT NULL,
  target_document_id TEXT NOT NULL,
  PRIMARY KEY (source_document_id, position)
);
CREATE INDEX annex_links_by_target ON annex_links (target_document_id);
`,
};
