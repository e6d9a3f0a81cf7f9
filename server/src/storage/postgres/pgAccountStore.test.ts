import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { type PgTestSchema, createPgTestSchema } from '../../testing/pgTestSchema';
import { accountStoreContract } from '../accountStoreContract';
import { DuplicateEmailError, type User } from '../accountStore';
import { migrate } from './migrate';
import { accountsMigration } from './migrations/002_accounts';
import { createPgAccountStore } from './pgAccountStore';
import { openPgPool } from './pgPool';

accountStoreContract('PostgreSQL', async () => {
  const schema = await createPgTestSchema();
  const pool = openPgPool(schema.url, 2);
  await migrate(pool, [accountsMigration]);
  return {
    store: createPgAccountStore(pool),
    async close() {
      await pool.end();
      await schema.drop();
    },
  };
});

describe('PostgreSQL account store across instances', () => {
  let schema: PgTestSchema;
  let pools: pg.Pool[];
  beforeEach(async () => {
    schema = await createPgTestSchema();
    pools = [openPgPool(schema.url, 2), openPgPool(schema.url, 2)];
    await migrate(pools[0]!, [accountsMigration]);
  });
  afterEach(async () => {
    for (const pool of pools) await pool.end();
    await schema.drop();
  });

  it('two instances creating one address at once make one account; the other learns the address is taken', async () => {
    const [a, b] = pools.map(createPgAccountStore);
    await a!.createCollective({ id: 'c', name: 'Ministère' });
    const user = (id: string, email: string): User => ({
      id,
      collectiveId: 'c',
      associationId: null,
      email,
      name: id,
      role: 'member',
      disabled: false,
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    const outcomes = await Promise.allSettled([a!.createUser(user('u1', 'paul@ministere.test'), 'x'), b!.createUser(user('u2', 'Paul@ministere.test'), 'y')]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(DuplicateEmailError);
    expect(await b!.countUsers()).toBe(1);
  });
});
