import Database from 'better-sqlite3';
import { hashSecret, newId, newSecret } from '../auth/secrets';
import { grantOf, inMs, now, tokenOf, type LinkRow, type TokenRow } from './credentialRows';
import type { ApiTokenRecord, CredentialStore, LinkKind, SessionRecord } from './credentialStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions(user_id);
CREATE TABLE IF NOT EXISTS api_tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS one_time_links (
  hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  collective_id TEXT,
  association_id TEXT,
  role TEXT,
  user_id TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
`;


export function createSqliteCredentialStore(filename: string): CredentialStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const q = {
    insertSession: db.prepare(
      'INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    findSession: db.prepare<[string, string], { id: string; user_id: string; csrf_token: string; expires_at: string }>(
      'SELECT * FROM sessions WHERE id = ? AND expires_at > ?',
    ),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    sessionsOf: db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE user_id = ?'),
    insertToken: db.prepare(
      'INSERT INTO api_tokens (id, hash, user_id, name, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    findToken: db.prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE hash = ? AND revoked_at IS NULL'),
    touchToken: db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?'),
    listTokens: db.prepare<[string], TokenRow>(
      'SELECT * FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC',
    ),
    revokeToken: db.prepare(
      'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL',
    ),
    revokeTokensOf: db.prepare<[string, string], { id: string }>(
      'UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL RETURNING id',
    ),
    insertLink: db.prepare(
      `INSERT INTO one_time_links (hash, kind, collective_id, association_id, role, user_id, created_by, created_at, expires_at)
       VALUES (@hash, @kind, @collectiveId, @associationId, @role, @userId, @createdBy, @createdAt, @expiresAt)`,
    ),
    findLink: db.prepare<[string, string, string], LinkRow>(
      'SELECT * FROM one_time_links WHERE hash = ? AND kind = ? AND used_at IS NULL AND expires_at > ?',
    ),
    useLink: db.prepare('UPDATE one_time_links SET used_at = ? WHERE hash = ? AND kind = ? AND used_at IS NULL AND expires_at > ?'),
  };

  const consume = db.transaction((kind: LinkKind, hash: string) => {
    const at = now();
    const row = q.findLink.get(hash, kind, at);
    if (!row) return undefined;
    q.useLink.run(at, hash, kind, at);
    return grantOf(row);
  });

  return {
    async createSession(userId, ttlMs) {
      const secret = newSecret();
      const session: SessionRecord = { id: hashSecret(secret), userId, csrfToken: newSecret(), expiresAt: inMs(ttlMs) };
      q.insertSession.run(session.id, userId, session.csrfToken, now(), session.expiresAt);
      return { secret, session };
    },
    async findSession(secret) {
      const row = q.findSession.get(hashSecret(secret), now());
      return row && { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
    },
    async deleteSession(id) {
      q.deleteSession.run(id);
    },
    async deleteSessionsOf(userId, keep) {
      const ids = q.sessionsOf.all(userId).map((row) => row.id).filter((id) => id !== keep);
      for (const id of ids) q.deleteSession.run(id);
      return ids;
    },
    async createToken(userId, name) {
      const secret = newSecret();
      const token: ApiTokenRecord = { id: newId(), userId, name, createdAt: now(), lastUsedAt: null };
      q.insertToken.run(token.id, hashSecret(secret), userId, name, token.createdAt);
      return { secret, token };
    },
    async findToken(secret) {
      const row = q.findToken.get(hashSecret(secret));
      if (!row) return undefined;
      q.touchToken.run(now(), row.id);
      return tokenOf(row);
    },
    async listTokens(userId) {
      return q.listTokens.all(userId).map(tokenOf);
    },
    async revokeToken(userId, tokenId) {
      return q.revokeToken.run(now(), tokenId, userId).changes > 0;
    },
    async revokeTokensOf(userId) {
      return q.revokeTokensOf.all(now(), userId).map((row) => row.id);
    },
    async createLink(kind, grant, ttlMs) {
      const secret = newSecret();
      q.insertLink.run({ hash: hashSecret(secret), kind, ...grant, createdAt: now(), expiresAt: inMs(ttlMs) });
      return secret;
    },
    async peekLink(kind, secret) {
      const row = q.findLink.get(hashSecret(secret), kind, now());
      return row && grantOf(row);
    },
    async consumeLink(kind, secret) {
      return consume(kind, hashSecret(secret));
    },
    async close() {
      db.close();
    },
  };
}
