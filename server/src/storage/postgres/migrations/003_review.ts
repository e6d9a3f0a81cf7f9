import type { Migration } from '../migrate';

/**
 * Tables of the review (versions, approvals), comments, the plan-measure registry, the
 * collectives' export and review settings and the idempotency keys, as their SQLite siblings
 * keep them. Timestamps stay ISO TEXT (ordering and round-trips as in SQLite); lists are ordered
 * by an identity column, one order for every instance.
 */
export const reviewMigration: Migration = {
  id: '003_review',
  sql: `
CREATE TABLE document_versions (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  label TEXT NOT NULL,
  kind TEXT NOT NULL,
  hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  snapshot BYTEA NOT NULL
);
CREATE INDEX versions_by_document ON document_versions (document_id, seq);

CREATE TABLE document_approvals (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id TEXT NOT NULL,
  association_id TEXT NOT NULL,
  version_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  user_id TEXT NOT NULL,
  approved_at TEXT NOT NULL
);
CREATE INDEX approvals_by_document ON document_approvals (document_id, seq);

CREATE TABLE comment_threads (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  quote TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by_id TEXT,
  resolved_by_name TEXT,
  resolved_by_association TEXT
);
CREATE INDEX comment_threads_by_document ON comment_threads (document_id, seq);
-- Cascade: deleting a document's threads also takes a reply another instance committed meanwhile.
CREATE TABLE comment_messages (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  author_association TEXT,
  body TEXT NOT NULL,
  mentions TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comment_messages_by_thread ON comment_messages (thread_id, seq);

CREATE TABLE plans (
  collective_id TEXT NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (collective_id, id)
);
CREATE TABLE plan_measures (
  collective_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (collective_id, plan_id, number),
  FOREIGN KEY (collective_id, plan_id) REFERENCES plans (collective_id, id) ON DELETE CASCADE
);

CREATE TABLE export_settings (
  collective_id TEXT PRIMARY KEY,
  settings TEXT NOT NULL
);
CREATE TABLE review_settings (
  collective_id TEXT PRIMARY KEY,
  settings TEXT NOT NULL
);

CREATE TABLE idempotency_keys (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  account_id TEXT NOT NULL,
  route TEXT NOT NULL,
  idem_key TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  status INTEGER,
  body TEXT,
  PRIMARY KEY (account_id, route, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
CREATE INDEX idempotency_keys_by_account ON idempotency_keys (account_id, created_at);
`,
};
