import type { Migration } from '../migrate';

/**
 * The documents, their update log, what was set aside from it (R26) and the meeting series (M8):
 * the tables of `createPgDocumentStore`, the same columns as the SQLite store's.
 *
 * Text that is sorted (ids, ISO timestamps) is `COLLATE "C"`: byte order, as SQLite sorts, so
 * lists come out in the same order whatever the database's locale.
 *
 * `last_seq` is the seq of the last update ever logged for the document: appends take it from
 * the document's row (locking it), so seqs grow without gaps in commit order, across rewrites
 * too. `log_floor`: logged updates up to it are folded into the state, dead even before the
 * rewrite's housekeeping deletes them.
 */
export const documentsMigration: Migration = {
  id: '001_documents',
  sql: `
CREATE TABLE documents (
  id TEXT COLLATE "C" PRIMARY KEY,
  collective_id TEXT NOT NULL,
  series_id TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting_date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT COLLATE "C" NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  validation TEXT,
  kind TEXT,
  state BYTEA,
  state_vector BYTEA,
  state_version INTEGER NOT NULL DEFAULT 0,
  state_checked BOOLEAN NOT NULL DEFAULT FALSE,
  last_seq BIGINT NOT NULL DEFAULT 0,
  log_floor BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX documents_by_collective ON documents (collective_id, updated_at);

CREATE TABLE document_updates (
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE quarantined_updates (
  id BIGSERIAL PRIMARY KEY,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq BIGINT,
  data BYTEA NOT NULL,
  reason TEXT NOT NULL,
  quarantined_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX quarantined_updates_by_document ON quarantined_updates (document_id);

CREATE TABLE meeting_series (
  id TEXT COLLATE "C" PRIMARY KEY,
  collective_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX meeting_series_by_collective ON meeting_series (collective_id, created_at);
`,
};
