import type { AuditEntry } from './auditLog';

/** A row of `audit_log`; `details` is stored as JSON text. */
export interface AuditRow {
  id: number;
  at: string;
  collective_id: string | null;
  actor_id: string | null;
  action: string;
  target: string | null;
  details: string;
  ip: string | null;
}

export const auditEntryOf = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  collectiveId: row.collective_id,
  actorId: row.actor_id,
  action: row.action,
  target: row.target,
  details: JSON.parse(row.details) as AuditEntry['details'],
  ip: row.ip,
});
