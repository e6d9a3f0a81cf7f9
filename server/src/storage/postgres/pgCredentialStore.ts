import type pg from 'pg';
import { hashSecret, newId, newSecret } from '../../auth/secrets';
import { grantOf, inMs, now, tokenOf, type LinkRow, type TokenRow } from '../credentialRows';
import type { ApiTokenRecord, CredentialStore, SessionRecord } from '../credentialStore';

const TOKEN_COLUMNS = 'id, user_id, name, created_at, last_used_at';
const GRANT_COLUMNS = 'collective_id, association_id, role, user_id, created_by';

/**
 * The credential store of `sqliteCredentialStore` on PostgreSQL (issue 18): every instance
 * reads the same rows, so a session or token made on one works on any other, and a
 * deletion or revocation holds everywhere from its commit. Only hashes of secrets are
 * stored (A5). The pool is the server's.
 */
export function createPgCredentialStore(pool: pg.Pool): CredentialStore {
  return {
    async createSession(userId, ttlMs) {
      const secret = newSecret();
      const session: SessionRecord = { id: hashSecret(secret), userId, csrfToken: newSecret(), expiresAt: inMs(ttlMs) };
      await pool.query('INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        session.id,
        userId,
        session.csrfToken,
        now(),
        session.expiresAt,
      ]);
      return { secret, session };
    },
    async findSession(secret) {
      const { rows } = await pool.query<{ id: string; user_id: string; csrf_token: string; expires_at: string }>(
        'SELECT id, user_id, csrf_token, expires_at FROM sessions WHERE id = $1 AND expires_at > $2',
        [hashSecret(secret), now()],
      );
      const row = rows[0];
      return row && { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
    },
    async deleteSession(id) {
      await pool.query('DELETE FROM sessions WHERE id = $1', [id]);
    },
    async deleteSessionsOf(userId, keep) {
      // One statement: a session opened meanwhile on another instance is either ended
      // and named here, or untouched — never ended without its id coming back.
      const { rows } = await pool.query<{ id: string }>(
        'DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR id <> $2) RETURNING id',
        [userId, keep ?? null],
      );
      return rows.map((row) => row.id);
    },
    async createToken(userId, name) {
      const secret = newSecret();
      const token: ApiTokenRecord = { id: newId(), userId, name, createdAt: now(), lastUsedAt: null };
      await pool.query('INSERT INTO api_tokens (id, hash, user_id, name, created_at) VALUES ($1, $2, $3, $4, $5)', [
        token.id,
        hashSecret(secret),
        userId,
        name,
        token.createdAt,
      ]);
      return { secret, token };
    },
    async findToken(secret) {
      // Finds and marks as used in one statement, answering the token as it was before
      // this use (as SQLite's select-then-touch). The update re-checks `revoked_at` on the
      // row as committed, so a token revoked on another instance meanwhile is refused.
      const { rows } = await pool.query<TokenRow>(
        `WITH found AS (SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE hash = $1 AND revoked_at IS NULL)
         UPDATE api_tokens SET last_used_at = $2 FROM found WHERE api_tokens.id = found.id AND api_tokens.revoked_at IS NULL
         RETURNING found.id, found.user_id, found.name, found.created_at, found.last_used_at`,
        [hashSecret(secret), now()],
      );
      return rows[0] && tokenOf(rows[0]);
    },
    async listTokens(userId) {
      const { rows } = await pool.query<TokenRow>(
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC`,
        [userId],
      );
      return rows.map(tokenOf);
    },
    async revokeToken(userId, tokenId) {
      const { rowCount } = await pool.query('UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL', [
        now(),
        tokenId,
        userId,
      ]);
      return (rowCount ?? 0) > 0;
    },
    async revokeTokensOf(userId) {
      const { rows } = await pool.query<{ id: string }>(
        'UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL RETURNING id',
        [now(), userId],
      );
      return rows.map((row) => row.id);
    },
    async createLink(kind, grant, ttlMs) {
      const secret = newSecret();
      await pool.query(
        `INSERT INTO one_time_links (hash, kind, collective_id, association_id, role, user_id, created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [hashSecret(secret), kind, grant.collectiveId, grant.associationId, grant.role, grant.userId, grant.createdBy, now(), inMs(ttlMs)],
      );
      return secret;
    },
    async peekLink(kind, secret) {
      const { rows } = await pool.query<LinkRow>(
        `SELECT ${GRANT_COLUMNS} FROM one_time_links WHERE hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3`,
        [hashSecret(secret), kind, now()],
      );
      return rows[0] && grantOf(rows[0]);
    },
    async consumeLink(kind, secret) {
      // One conditional update (A9): of two instances using the same link at once, the
      // second waits on the row lock, re-reads `used_at` as committed, and gets nothing.
      const at = now();
      const { rows } = await pool.query<LinkRow>(
        `UPDATE one_time_links SET used_at = $3 WHERE hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3
         RETURNING ${GRANT_COLUMNS}`,
        [hashSecret(secret), kind, at],
      );
      return rows[0] && grantOf(rows[0]);
    },
    async close() {
      // The pool is the server's, shared by every store: it ends it once.
    },
  };
}
