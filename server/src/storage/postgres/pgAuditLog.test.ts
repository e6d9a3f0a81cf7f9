import { auditLogContract } from '../auditLogContract';
import { createPgTestSchema } from '../../testing/pgTestSchema';
import { migrate } from './migrate';
import { accountsMigration } from './migrations/002_accounts';
import { createPgAuditLog } from './pgAuditLog';
import { openPgPool } from './pgPool';

auditLogContract('PostgreSQL', async () => {
  const schema = await createPgTestSchema();
  const pool = openPgPool(schema.url, 2);
  await migrate(pool, [accountsMigration]);
  return {
    log: createPgAuditLog(pool),
    async close() {
      await pool.end();
      await schema.drop();
    },
  };
});
