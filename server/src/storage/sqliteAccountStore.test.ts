import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountStoreContract } from './accountStoreContract';
import { createSqliteAccountStore } from './sqliteAccountStore';

/** The tables as they were when a share carried a role of the collective. */
const ROLE_SHARES_SCHEMA = `
CREATE TABLE collectives (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE associations (id TEXT PRIMARY KEY, collective_id TEXT NOT NULL REFERENCES collectives(id), name TEXT NOT NULL, UNIQUE (collective_id, name));
CREATE TABLE users (
  id TEXT PRIMARY KEY, collective_id TEXT NOT NULL REFERENCES collectives(id), association_id TEXT REFERENCES associations(id),
  email TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL, role TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE document_shares (
  document_id TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id), role TEXT NOT NULL, PRIMARY KEY (document_id, user_id)
);
`;

describe('SQLite account store: shares', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutier-accounts-'));
    file = join(dir, 'minutier.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('A12: shares stored with a collective role are moved to their address and lowered to read or write, once', async () => {
    const db = new Database(file);
    db.exec(ROLE_SHARES_SCHEMA);
    db.prepare("INSERT INTO collectives VALUES ('c', 'Collectif')").run();
    const roles = ['coordination', 'secretariat', 'member', 'reader'];
    for (const role of roles) {
      db.prepare("INSERT INTO users VALUES (?, 'c', NULL, ?, ?, 'reader', 0, 'x', '2025-01-01T00:00:00.000Z')").run(role, `${role.toUpperCase()}@Exemple.org`, role);
      db.prepare("INSERT INTO document_shares VALUES ('doc', ?, ?)").run(role, role);
    }
    db.close();

    const store = createSqliteAccountStore(file);
    const shares = await store.listShares('doc');
    expect(shares.map((share) => [share.userId, share.email, share.access])).toEqual([
      ['coordination', 'coordination@exemple.org', 'write'],
      ['member', 'member@exemple.org', 'write'],
      ['reader', 'reader@exemple.org', 'read'],
      ['secretariat', 'secretariat@exemple.org', 'write'],
    ]);
    expect(await store.getShare('doc', 'reader')).toEqual({ documentId: 'doc', email: 'reader@exemple.org', userId: 'reader', access: 'read' });
    await store.close();

    // Opening again changes nothing.
    const reopened = createSqliteAccountStore(file);
    expect(await reopened.listShares('doc')).toEqual(shares);
    expect(await reopened.sharedWith('member')).toEqual(['doc']);
    await reopened.close();
  });
});

accountStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-accounts-'));
  return { store: createSqliteAccountStore(join(dir, 'minutier.sqlite')), close: async () => rmSync(dir, { recursive: true, force: true }) };
});
