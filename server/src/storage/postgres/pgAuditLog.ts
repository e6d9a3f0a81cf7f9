import type pg from 'pg';
import type { AuditLog } from '../auditLog';
import { auditEntryOf, type AuditRow } from '../auditRows';

/** BIGSERIAL: node-postgres answers the id as a string. */
type PgAuditRow = Omit<AuditRow, 'id'> & { id: string };

/**
 * The audit log of `sqliteAuditLog` on PostgreSQL (issue 18). Ids come from one sequence
 * shared by every instance, so « newest first » and paging by `beforeId` hold across
 * them. The pool is the server's.
 */
export function createPgAuditLog(pool: pg.Pool): AuditLog {
  return {
    async record(entry) {
      await pool.query(
        `INSERT INTO audit_log (at, collective_id, actor_id, action, target, details, ip)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [new Date().toISOString(), entry.collectiveId, entry.actorId, entry.action, entry.target, JSON.stringify(entry.details), entry.ip],
      );
    },
    async list(collectiveId, limit, beforeId = Number.MAX_SAFE_INTEGER) {
      const { rows } = await pool.query<PgAuditRow>(
        `SELECT id, at, collective_id, actor_id, action, target, details, ip FROM audit_log
         WHERE collective_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3`,
        [collectiveId, beforeId, limit],
      );
      return rows.map((row) => auditEntryOf({ ...row, id: Number(row.id) }));
    },
    async close() {
      // The pool is the server's, shared by every store: it ends it once.
    },
  };
}
