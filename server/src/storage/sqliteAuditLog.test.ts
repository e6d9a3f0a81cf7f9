import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLogContract } from './auditLogContract';
import { createSqliteAuditLog } from './sqliteAuditLog';

auditLogContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-audit-'));
  return { log: createSqliteAuditLog(join(dir, 'minutier.sqlite')), close: async () => rmSync(dir, { recursive: true, force: true }) };
});
