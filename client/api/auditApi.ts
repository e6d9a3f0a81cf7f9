import type { AuditEntry } from './accountTypes';
import { getJson } from './http';

/** One page of the audit log, newest first; pass the last id seen to read further back. */
export async function listAuditEntries(before?: number, signal?: AbortSignal): Promise<AuditEntry[]> {
  const query = before === undefined ? '' : `?before=${before}`;
  return (await getJson<{ entries: AuditEntry[] }>(`/api/audit${query}`, signal)).entries;
}

/** The server's page size (`server/src/api/auditRoutes.ts`): a shorter page is the last one. */
export const AUDIT_PAGE_SIZE = 100;
