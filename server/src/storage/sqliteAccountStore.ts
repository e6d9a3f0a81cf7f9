import Database from 'better-sqlite3';
import type { Role } from '../../../shared/api/roles';
import {
  type AccountStore,
  type Association,
  type Collective,
  type DocumentShare,
  DuplicateEmailError,
  type User,
} from './accountStore';

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
CREATE TABLE IF NOT EXISTS document_shares (
  document_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL,
  PRIMARY KEY (document_id, user_id)
);
`;

interface UserRow {
  id: string;
  collective_id: string;
  association_id: string | null;
  email: string;
  name: string;
  role: Role;
  disabled: number;
  password_hash: string;
  created_at: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  collectiveId: row.collective_id,
  associationId: row.association_id,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
});

const toAssociation = (row: { id: string; collective_id: string; name: string }): Association => ({
  id: row.id,
  collectiveId: row.collective_id,
  name: row.name,
});

const toShare = (row: { document_id: string; user_id: string; role: Role }): DocumentShare => ({
  documentId: row.document_id,
  userId: row.user_id,
  role: row.role,
});

export function createSqliteAccountStore(filename: string): AccountStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);

  const q = {
    insertCollective: db.prepare('INSERT INTO collectives (id, name) VALUES (?, ?)'),
    getCollective: db.prepare<[string], Collective>('SELECT id, name FROM collectives WHERE id = ?'),
    renameCollective: db.prepare('UPDATE collectives SET name = ? WHERE id = ?'),
    listCollectives: db.prepare<[], Collective>('SELECT id, name FROM collectives ORDER BY name'),
    insertAssociation: db.prepare('INSERT INTO associations (id, collective_id, name) VALUES (?, ?, ?)'),
    listAssociations: db.prepare<[string], { id: string; collective_id: string; name: string }>(
      'SELECT * FROM associations WHERE collective_id = ? ORDER BY name',
    ),
    getAssociation: db.prepare<[string], { id: string; collective_id: string; name: string }>(
      'SELECT * FROM associations WHERE id = ?',
    ),
    insertUser: db.prepare(
      `INSERT INTO users (id, collective_id, association_id, email, name, role, disabled, password_hash, created_at)
       VALUES (@id, @collectiveId, @associationId, @email, @name, @role, @disabled, @passwordHash, @createdAt)`,
    ),
    getUser: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
    userByEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?'),
    listUsers: db.prepare<[string], UserRow>('SELECT * FROM users WHERE collective_id = ? ORDER BY name'),
    countUsers: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users'),
    setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    putShare: db.prepare(
      `INSERT INTO document_shares (document_id, user_id, role) VALUES (?, ?, ?)
       ON CONFLICT(document_id, user_id) DO UPDATE SET role = excluded.role`,
    ),
    deleteShare: db.prepare('DELETE FROM document_shares WHERE document_id = ? AND user_id = ?'),
    listShares: db.prepare<[string], { document_id: string; user_id: string; role: Role }>(
      'SELECT * FROM document_shares WHERE document_id = ? ORDER BY user_id',
    ),
    getShare: db.prepare<[string, string], { document_id: string; user_id: string; role: Role }>(
      'SELECT * FROM document_shares WHERE document_id = ? AND user_id = ?',
    ),
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
      return q.listAssociations.all(collectiveId).map(toAssociation);
    },
    async getAssociation(id) {
      const row = q.getAssociation.get(id);
      return row && toAssociation(row);
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
      q.putShare.run(share.documentId, share.userId, share.role);
    },
    async deleteShare(documentId, userId) {
      q.deleteShare.run(documentId, userId);
    },
    async listShares(documentId) {
      return q.listShares.all(documentId).map(toShare);
    },
    async getShare(documentId, userId) {
      const row = q.getShare.get(documentId, userId);
      return row && toShare(row);
    },
    async sharedWith(userId) {
      return q.sharedWith.all(userId).map((row) => row.document_id);
    },
    async close() {
      db.close();
    },
  };
}
