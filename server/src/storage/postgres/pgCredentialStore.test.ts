import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { type PgTestSchema, createPgTestSchema } from '../../testing/pgTestSchema';
import type { CredentialStore, LinkGrant } from '../credentialStore';
import { credentialStoreContract } from '../credentialStoreContract';
import { migrate } from './migrate';
import { accountsMigration } from './migrations/002_accounts';
import { createPgCredentialStore } from './pgCredentialStore';
import { openPgPool } from './pgPool';

credentialStoreContract('PostgreSQL', async () => {
  const schema = await createPgTestSchema();
  const pool = openPgPool(schema.url, 2);
  await migrate(pool, [accountsMigration]);
  return {
    store: createPgCredentialStore(pool),
    async close() {
      await pool.end();
      await schema.drop();
    },
    async dumpTables() {
      const tables = ['sessions', 'api_tokens', 'one_time_links'];
      return JSON.stringify(await Promise.all(tables.map(async (table) => (await pool.query(`SELECT * FROM ${table}`)).rows)));
    },
  };
});

/** Two server instances: one database, a pool each (issue 18). */
describe('PostgreSQL credential store across instances', () => {
  let schema: PgTestSchema;
  let pools: pg.Pool[];
  let a: CredentialStore;
  let b: CredentialStore;
  beforeEach(async () => {
    schema = await createPgTestSchema();
    pools = [openPgPool(schema.url, 4), openPgPool(schema.url, 4)];
    await migrate(pools[0]!, [accountsMigration]);
    [a, b] = pools.map(createPgCredentialStore) as [CredentialStore, CredentialStore];
  });
  afterEach(async () => {
    for (const pool of pools) await pool.end();
    await schema.drop();
  });

  const HOUR = 3_600_000;
  const grant: LinkGrant = { collectiveId: 'c', associationId: null, role: 'member', userId: null, createdBy: 'u0' };

  it('A9: a link two instances use at the same moment is used once', async () => {
    const secrets = await Promise.all(Array.from({ length: 30 }, () => a.createLink('invitation', grant, HOUR)));
    const outcomes = await Promise.all(
      secrets.map((secret) => Promise.all([a.consumeLink('invitation', secret), b.consumeLink('invitation', secret)])),
    );
    for (const pair of outcomes) expect(pair.filter((used) => used !== undefined)).toEqual([grant]);
  });

  it('a session opened on one instance lets the browser in on the other, until it is ended on either', async () => {
    const { secret, session } = await a.createSession('u1', HOUR);
    expect(await b.findSession(secret)).toEqual(session);
    await b.deleteSession(session.id);
    expect(await a.findSession(secret)).toBeUndefined();

    const again = await b.createSession('u1', HOUR);
    expect(await a.deleteSessionsOf('u1')).toEqual([again.session.id]);
    expect(await b.findSession(again.secret)).toBeUndefined();
  });

  it('A10: a token revoked on one instance is refused at once on the other', async () => {
    const one = await a.createToken('u1', 'Tableur');
    const all = await a.createToken('u1', 'Agenda');
    expect((await b.findToken(one.secret))?.id).toBe(one.token.id);
    expect(await a.revokeToken('u1', one.token.id)).toBe(true);
    expect(await b.findToken(one.secret)).toBeUndefined();
    expect(await b.revokeTokensOf('u1')).toEqual([all.token.id]);
    expect(await a.findToken(all.secret)).toBeUndefined();
  });
});
