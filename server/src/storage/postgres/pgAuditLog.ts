import type pg from 'pg';
import type { AuditEntry, AuditLog } from '../auditLog';

interface Row {
  /** BIGSERIAL: node-postgres answers it as a string. */
  id: string;
  at: string;
  collective_id: string | null;
  actor_id: string | null;
  action: string;
  target: string | null;
  details: string;
  ip: string | null;
}

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
      const { rows } = await pool.query<Row>(
        `SELECT id, at, collective_id, actor_id, action, target, details, ip FROM audit_log
         WHERE collective_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3`,
        [collectiveId, beforeId, limit],
      );
      return rows.map(
        (row): AuditEntry => ({
          id: Number(row.id),
          at: row.at,
          collectiveId: row.collective_id,
          actorId: row.actor_id,
          action: row.action,
          target: row.target,
          details: JSON.parse(row.details) as AuditEntry['details'],
          ip: row.ip,
        }),
      );
    },
    async close() {
      // The pool is the server's, shared by every store: it ends it once.
    },
  };
}
