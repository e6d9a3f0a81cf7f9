import Database from 'better-sqlite3';
import type { AuditLog } from './auditLog';
import { auditEntryOf, type AuditRow } from './auditRows';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  collective_id TEXT,
  actor_id TEXT,
  action TEXT NOT NULL,
  target TEXT,
  details TEXT NOT NULL,
  ip TEXT
);
CREATE INDEX IF NOT EXISTS audit_by_collective ON audit_log(collective_id, id);
`;

export function createSqliteAuditLog(filename: string): AuditLog {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT INTO audit_log (at, collective_id, actor_id, action, target, details, ip)
     VALUES (@at, @collectiveId, @actorId, @action, @target, @details, @ip)`,
  );
  const select = db.prepare<[string, number, number], AuditRow>(
    'SELECT * FROM audit_log WHERE collective_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
  );
  return {
    async record(entry) {
      insert.run({ ...entry, at: new Date().toISOString(), details: JSON.stringify(entry.details) });
    },
    async list(collectiveId, limit, beforeId = Number.MAX_SAFE_INTEGER) {
      return select.all(collectiveId, beforeId, limit).map(auditEntryOf);
    },
    async close() {
      db.close();
    },
  };
}
