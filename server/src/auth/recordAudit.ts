import type { Context } from 'hono';
import type { AuditLog, NewAuditEntry } from '../storage/auditLog';
import type { User } from '../storage/accountStore';
import { clientIp } from './clientIp';

/** Appends one audit entry for the request's actor (or an anonymous attempt). */
export function recordAudit(
  c: Context,
  audit: AuditLog,
  actor: User | null,
  entry: Pick<NewAuditEntry, 'action' | 'target'> & Partial<Pick<NewAuditEntry, 'details' | 'collectiveId'>>,
): Promise<void> {
  return audit.record({
    collectiveId: entry.collectiveId ?? actor?.collectiveId ?? null,
    actorId: actor?.id ?? null,
    action: entry.action,
    target: entry.target,
    details: entry.details ?? {},
    ip: clientIp(c),
  });
}
