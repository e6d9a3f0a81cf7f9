import type { Migration } from '../migrate';

/**
 * Accounts, credentials and the audit log (issue 18), the tables of `sqliteAccountStore`,
 * `sqliteCredentialStore` and `sqliteAuditLog`. Text that is sorted or compared (names,
 * addresses, ISO timestamps) is `COLLATE "C"`: byte order, as SQLite's default BINARY, so
 * lists come out in the same order on both databases whatever the server's locale.
 */
export const accountsMigration: Migration = {
  id: '002_accounts',
  sql: `
CREATE TABLE collectives (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE "C"
);
CREATE TABLE associations (
  id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL REFERENCES collectives(id),
  name TEXT NOT NULL COLLATE "C",
  UNIQUE (collective_id, name)
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL REFERENCES collectives(id),
  association_id TEXT REFERENCES associations(id),
  email TEXT NOT NULL,
  -- SQLite's COLLATE NOCASE folds the ASCII letters only, not « É »: the same key here,
  -- so exactly the same addresses collide and are found.
  email_key TEXT NOT NULL GENERATED ALWAYS AS (translate(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) STORED,
  name TEXT NOT NULL COLLATE "C",
  role TEXT NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT false,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CONSTRAINT users_email_unique UNIQUE (email_key)
);
CREATE INDEX users_by_collective ON users(collective_id);
-- One address per document; user_id is null when no account had the address (A12).
-- Addresses are lower-cased by the store before they get here.
CREATE TABLE document_shares (
  document_id TEXT NOT NULL,
  email TEXT NOT NULL COLLATE "C",
  user_id TEXT REFERENCES users(id),
  access TEXT NOT NULL CHECK (access IN ('read', 'suggest', 'write')),
  PRIMARY KEY (document_id, email)
);
CREATE INDEX document_shares_by_user ON document_shares(user_id);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL COLLATE "C",
  expires_at TEXT NOT NULL COLLATE "C"
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL COLLATE "C",
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens(user_id);
CREATE TABLE one_time_links (
  hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  collective_id TEXT,
  association_id TEXT,
  role TEXT,
  user_id TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL COLLATE "C",
  used_at TEXT
);

CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  collective_id TEXT,
  actor_id TEXT,
  action TEXT NOT NULL,
  target TEXT,
  -- JSON text, as SQLite keeps it: the entry's details come back with their keys in order.
  details TEXT NOT NULL,
  ip TEXT
);
CREATE INDEX audit_by_collective ON audit_log(collective_id, id);
`,
};
