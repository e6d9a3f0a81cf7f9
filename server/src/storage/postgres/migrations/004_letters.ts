import type { Migration } from '../migrate';

/**
 * The annexes' metadata, the sendings, the cover letters' fields and the letter templates
 * (issue 18): the same columns as their SQLite tables. `seq` keeps insertion order where SQLite
 * used its rowid; timestamps are ISO TEXT compared byte by byte (COLLATE "C", as SQLite does),
 * whatever the database's collation; JSON is TEXT so it reads back exactly as it was written.
 */
export const lettersMigration: Migration = {
  id: '004_letters',
  sql: `
CREATE TABLE annexes (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE INDEX annexes_by_document ON annexes (document_id, seq);

CREATE TABLE sendings (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  addressee TEXT NOT NULL,
  recipients TEXT NOT NULL,
  files TEXT NOT NULL,
  letter_id TEXT,
  message_id TEXT,
  sent_by TEXT NOT NULL,
  sent_at TEXT NOT NULL
);
CREATE INDEX sendings_by_document ON sendings (document_id, seq);

CREATE TABLE letters (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  id TEXT PRIMARY KEY,
  minutes_id TEXT NOT NULL,
  collective_id TEXT NOT NULL,
  fields TEXT NOT NULL,
  revision INTEGER NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX letters_by_minutes ON letters (minutes_id, created_at, seq);

CREATE TABLE letter_templates (
  collective_id TEXT PRIMARY KEY,
  template TEXT NOT NULL
);
`,
};
