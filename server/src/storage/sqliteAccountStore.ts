import Database from 'better-sqlite3';
import { associationOf, shareOf, userOf, type AssociationRow, type ShareRow, type UserRow } from './accountRows';
import { type AccountStore, type Collective, DuplicateEmailError, type User } from './accountStore';

/** One address per document; `user_id` is null when no account had the address (A12). */
function sharesTable(name: string): string {
  return `CREATE TABLE IF NOT EXISTS ${name} (
  document_id TEXT NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  user_id TEXT REFERENCES users(id),
  access TEXT NOT NULL CHECK (access IN ('read', 'suggest', 'write')),
  PRIMARY KEY (document_id, email)
);`;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS collectives (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS associations (
  id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL REFERENCES collectives(id),
  name TEXT NOT NULL,
  UNIQUE (collective_id, name)
);
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  collective_id TEXT NOT NULL REFERENCES collectives(id),
  association_id TEXT REFERENCES associations(id),
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
${sharesTable('document_shares')}
`;

/**
 * Shares used to carry a role of the collective (one could share `coordination` and then
 * validate). A database from then has a `role` column: its shares are moved, in one
 * transaction, to the address of their account and clamped to what a share may grant now,
 * never more than before: `reader` becomes `read`, any other role `write` (SPEC A12).
 */
const MIGRATE_ROLE_SHARES = `
${sharesTable('document_shares_by_access')}
INSERT INTO document_shares_by_access (document_id, email, user_id, access)
  SELECT s.document_id, lower(u.email), s.user_id, CASE s.role WHEN 'reader' THEN 'read' ELSE 'write' END
  FROM document_shares s JOIN users u ON u.id = s.user_id;
DROP TABLE document_shares;
ALTER TABLE document_shares_by_access RENAME TO document_shares;
`;

function migrateShares(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(document_shares)').all();
  if (columns.some((column) => column.name === 'role')) db.transaction(() => db.exec(MIGRATE_ROLE_SHARES))();
  db.exec('CREATE INDEX IF NOT EXISTS document_shares_by_user ON document_shares(user_id)');
}

/** SQLite has no booleans: `disabled` is stored as 0/1. */
type SqliteUserRow = Omit<UserRow, 'disabled'> & { disabled: number };

const toUser = (row: SqliteUserRow): User => userOf({ ...row, disabled: row.disabled === 1 });

export function createSqliteAccountStore(filename: string): AccountStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  migrateShares(db);

  const q = {
    insertCollective: db.prepare('INSERT INTO collectives (id, name) VALUES (?, ?)'),
    getCollective: db.prepare<[string], Collective>('SELECT id, name FROM collectives WHERE id = ?'),
    renameCollective: db.prepare('UPDATE collectives SET name = ? WHERE id = ?'),
    listCollectives: db.prepare<[], Collective>('SELECT id, name FROM collectives ORDER BY name'),
    insertAssociation: db.prepare('INSERT INTO associations (id, collective_id, name) VALUES (?, ?, ?)'),
    listAssociations: db.prepare<[string], AssociationRow>(
      'SELECT * FROM associations WHERE collective_id = ? ORDER BY name',
    ),
    getAssociation: db.prepare<[string], AssociationRow>(
      'SELECT * FROM associations WHERE id = ?',
    ),
    insertUser: db.prepare(
      `INSERT INTO users (id, collective_id, association_id, email, name, role, disabled, password_hash, created_at)
       VALUES (@id, @collectiveId, @associationId, @email, @name, @role, @disabled, @passwordHash, @createdAt)`,
    ),
    getUser: db.prepare<[string], SqliteUserRow>('SELECT * FROM users WHERE id = ?'),
    userByEmail: db.prepare<[string], SqliteUserRow>('SELECT * FROM users WHERE email = ?'),
    listUsers: db.prepare<[string], SqliteUserRow>('SELECT * FROM users WHERE collective_id = ? ORDER BY name'),
    countUsers: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users'),
    setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    putShare: db.prepare(
      `INSERT INTO document_shares (document_id, email, user_id, access) VALUES (?, ?, ?, ?)
       ON CONFLICT(document_id, email) DO UPDATE SET user_id = excluded.user_id, access = excluded.access`,
    ),
    deleteShare: db.prepare<[string, string], ShareRow>('DELETE FROM document_shares WHERE document_id = ? AND email = ? RETURNING *'),
    listShares: db.prepare<[string], ShareRow>('SELECT * FROM document_shares WHERE document_id = ? ORDER BY email'),
    getShare: db.prepare<[string, string], ShareRow>('SELECT * FROM document_shares WHERE document_id = ? AND user_id = ?'),
    sharedWith: db.prepare<[string], { document_id: string }>('SELECT document_id FROM document_shares WHERE user_id = ?'),
  };

  const columns: Record<string, string> = { role: 'role', associationId: 'association_id', name: 'name', disabled: 'disabled' };

  return {
    async createCollective(collective) {
      q.insertCollective.run(collective.id, collective.name);
    },
    async getCollective(id) {
      return q.getCollective.get(id);
    },
    async renameCollective(id, name) {
      q.renameCollective.run(name, id);
    },
    async listCollectives() {
      return q.listCollectives.all();
    },
    async createAssociation(association) {
      q.insertAssociation.run(association.id, association.collectiveId, association.name);
    },
    async listAssociations(collectiveId) {
      return q.listAssociations.all(collectiveId).map(associationOf);
    },
    async getAssociation(id) {
      const row = q.getAssociation.get(id);
      return row && associationOf(row);
    },
    async createUser(user, passwordHash) {
      try {
        q.insertUser.run({ ...user, disabled: user.disabled ? 1 : 0, passwordHash });
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateEmailError(user.email);
        throw error;
      }
    },
    async getUser(id) {
      const row = q.getUser.get(id);
      return row && toUser(row);
    },
    async findUserByEmail(email) {
      const row = q.userByEmail.get(email);
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },
    async listUsers(collectiveId) {
      return q.listUsers.all(collectiveId).map(toUser);
    },
    async updateUser(id, patch) {
      const entries = Object.entries(patch).filter(([key, value]) => key in columns && value !== undefined);
      if (entries.length === 0) return;
      const sets = entries.map(([key]) => `${columns[key]} = ?`).join(', ');
      const values = entries.map(([, value]) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
      db.prepare(`UPDATE users SET ${sets} WHERE id = ?`).run(...values, id);
    },
    async setPassword(id, passwordHash) {
      q.setPassword.run(passwordHash, id);
    },
    async countUsers() {
      return q.countUsers.get()?.n ?? 0;
    },
    async putShare(share) {
      q.putShare.run(share.documentId, share.email.toLowerCase(), share.userId, share.access);
    },
    async deleteShare(documentId, email) {
      const row = q.deleteShare.get(documentId, email.toLowerCase());
      return row && shareOf(row);
    },
    async listShares(documentId) {
      return q.listShares.all(documentId).map(shareOf);
    },
    async getShare(documentId, userId) {
      const row = q.getShare.get(documentId, userId);
      return row && shareOf(row);
    },
    async sharedWith(userId) {
      return q.sharedWith.all(userId).map((row) => row.document_id);
    },
    async close() {
      db.close();
    },
  };
}
