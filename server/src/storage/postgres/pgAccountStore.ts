import type pg from 'pg';
import { associationOf, shareOf, userOf, type AssociationRow, type ShareRow, type UserRow } from '../accountRows';
import { type AccountStore, type Collective, DuplicateEmailError } from '../accountStore';

const USER_COLUMNS = 'id, collective_id, association_id, email, name, role, disabled, password_hash, created_at';
/** The same folding as the generated `email_key` column (ASCII letters only, as SQLite's NOCASE). */
const EMAIL_KEY = "translate($1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
/** The fields `updateUser` may change, and their columns: never a column named by the caller. */
const PATCHABLE: Record<string, string> = { role: 'role', associationId: 'association_id', name: 'name', disabled: 'disabled' };

/** The account store of `sqliteAccountStore` on PostgreSQL (issue 18); the pool is the server's. */
export function createPgAccountStore(pool: pg.Pool): AccountStore {
  const one = async <R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<R | undefined> =>
    (await pool.query<R>(sql, values)).rows[0];
  const all = async <R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> =>
    (await pool.query<R>(sql, values)).rows;

  return {
    async createCollective(collective) {
      await pool.query('INSERT INTO collectives (id, name) VALUES ($1, $2)', [collective.id, collective.name]);
    },
    async getCollective(id) {
      return one<Collective>('SELECT id, name FROM collectives WHERE id = $1', [id]);
    },
    async renameCollective(id, name) {
      await pool.query('UPDATE collectives SET name = $1 WHERE id = $2', [name, id]);
    },
    async listCollectives() {
      return all<Collective>('SELECT id, name FROM collectives ORDER BY name');
    },
    async createAssociation(association) {
      await pool.query('INSERT INTO associations (id, collective_id, name) VALUES ($1, $2, $3)', [
        association.id,
        association.collectiveId,
        association.name,
      ]);
    },
    async listAssociations(collectiveId) {
      return (await all<AssociationRow>('SELECT id, collective_id, name FROM associations WHERE collective_id = $1 ORDER BY name', [collectiveId])).map(associationOf);
    },
    async getAssociation(id) {
      const row = await one<AssociationRow>('SELECT id, collective_id, name FROM associations WHERE id = $1', [id]);
      return row && associationOf(row);
    },
    async createUser(user, passwordHash) {
      try {
        await pool.query(
          `INSERT INTO users (id, collective_id, association_id, email, name, role, disabled, password_hash, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [user.id, user.collectiveId, user.associationId, user.email, user.name, user.role, user.disabled, passwordHash, user.createdAt],
        );
      } catch (error) {
        // The unique key decides, not a look-up first: two instances creating the same
        // address at once get one account and one DuplicateEmailError.
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code === '23505' && constraint === 'users_email_unique') throw new DuplicateEmailError(user.email);
        throw error;
      }
    },
    async getUser(id) {
      const row = await one<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
      return row && userOf(row);
    },
    async findUserByEmail(email) {
      const row = await one<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email_key = ${EMAIL_KEY}`, [email]);
      return row && { user: userOf(row), passwordHash: row.password_hash };
    },
    async listUsers(collectiveId) {
      return (await all<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE collective_id = $1 ORDER BY name`, [collectiveId])).map(userOf);
    },
    async updateUser(id, patch) {
      const entries = Object.entries(patch).filter(([key, value]) => key in PATCHABLE && value !== undefined);
      if (entries.length === 0) return;
      const sets = entries.map(([key], index) => `${PATCHABLE[key]} = $${index + 1}`).join(', ');
      await pool.query(`UPDATE users SET ${sets} WHERE id = $${entries.length + 1}`, [...entries.map(([, value]) => value), id]);
    },
    async setPassword(id, passwordHash) {
      await pool.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, id]);
    },
    async countUsers() {
      return Number((await one<{ n: string }>('SELECT COUNT(*) AS n FROM users', []))?.n ?? 0);
    },
    async putShare(share) {
      await pool.query(
        `INSERT INTO document_shares (document_id, email, user_id, access) VALUES ($1, $2, $3, $4)
         ON CONFLICT (document_id, email) DO UPDATE SET user_id = excluded.user_id, access = excluded.access`,
        [share.documentId, share.email.toLowerCase(), share.userId, share.access],
      );
    },
    async deleteShare(documentId, email) {
      const row = await one<ShareRow>(
        'DELETE FROM document_shares WHERE document_id = $1 AND email = $2 RETURNING document_id, email, user_id, access',
        [documentId, email.toLowerCase()],
      );
      return row && shareOf(row);
    },
    async listShares(documentId) {
      return (await all<ShareRow>('SELECT document_id, email, user_id, access FROM document_shares WHERE document_id = $1 ORDER BY email', [documentId])).map(shareOf);
    },
    async getShare(documentId, userId) {
      const row = await one<ShareRow>('SELECT document_id, email, user_id, access FROM document_shares WHERE document_id = $1 AND user_id = $2', [documentId, userId]);
      return row && shareOf(row);
    },
    async sharedWith(userId) {
      return (await all<{ document_id: string }>('SELECT document_id FROM document_shares WHERE user_id = $1 ORDER BY document_id', [userId])).map((row) => row.document_id);
    },
    async close() {
      // The pool is the server's, shared by every store: it ends it once.
    },
  };
}
