import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoginLimiterOptions } from './loginAttempts';
import { type LoginAttemptsBackend, loginAttemptsContract } from './loginAttemptsContract';
import { RedisLoginLimiter } from './redisLoginLimiter';

/** The machine's Redis; `TEST_REDIS_URL` may name another. */
const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One prefix per test; each `open` is another server instance, with its own connection. */
interface RedisBackend extends LoginAttemptsBackend {
  prefix: string;
  clients: Redis[];
}

async function redisBackend(): Promise<RedisBackend> {
  const prefix = `minutier-test:login:${randomBytes(6).toString('hex')}:`;
  const clients: Redis[] = [];
  return {
    prefix,
    clients,
    open(options) {
      const client = new Redis(TEST_REDIS_URL);
      clients.push(client);
      return new RedisLoginLimiter(client, prefix, options);
    },
    async close() {
      const redis = new Redis(TEST_REDIS_URL);
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 100);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        await Promise.all([redis, ...clients].map((client) => client.quit()));
      }
    },
  };
}

loginAttemptsContract('Redis', redisBackend);

const MINUTE = 60 * 1000;

describe('RedisLoginLimiter across instances', () => {
  let backend: RedisBackend;
  let time: number;
  const options = (maxPerAccount: number, maxPerIp: number): LoginLimiterOptions => ({
    windowMs: 15 * MINUTE,
    maxPerAccount,
    maxPerIp,
    accountDelayMs: 30 * 1000,
    now: () => time,
  });
  beforeEach(async () => {
    time = 1_750_000_000_000;
    backend = await redisBackend();
  });
  afterEach(async () => {
    await backend.close();
  });

  it('A7 cluster-wide: failures recorded on one instance hold the IP back on another, and a success on either forgets them', async () => {
    const a = backend.open(options(2, 3));
    const b = backend.open(options(2, 3));
    await a.recordFailure('membre@exemple.org', '10.0.0.1');
    await a.recordFailure('membre@exemple.org', '10.0.0.1');
    expect(await b.retryAfter('Membre@exemple.org', '10.0.0.1')).toBe(30 * 1000);
    await b.recordSuccess('membre@exemple.org', '10.0.0.1');
    expect(await a.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(0);

    // The IP's limit counts its failures on both instances, whatever the account.
    await a.recordFailure('autre@exemple.org', '10.0.0.1');
    expect(await b.retryAfter('troisieme@exemple.org', '10.0.0.1')).toBe(15 * MINUTE);
    expect(await b.retryAfter('troisieme@exemple.org', '10.0.0.2')).toBe(0);
  });

  it('A7 cluster-wide: failures recorded at the same moment on two instances all count', async () => {
    const a = backend.open(options(5, 30));
    const b = backend.open(options(5, 30));
    const fail = (limits: typeof a, email: string, ip: string, times: number) =>
      Array.from({ length: times }, () => limits.recordFailure(email, ip));
    await Promise.all([...fail(a, 'x@exemple.org', '10.0.0.9', 15), ...fail(b, 'y@exemple.org', '10.0.0.9', 14)]);
    expect(await a.retryAfter('z@exemple.org', '10.0.0.9')).toBe(0);
    await b.recordFailure('z@exemple.org', '10.0.0.9');
    expect(await a.retryAfter('z@exemple.org', '10.0.0.9')).toBe(15 * MINUTE);

    // Six failures on one account: 30 s after the fifth, doubled by the sixth.
    await Promise.all([...fail(a, 'membre@exemple.org', '10.0.0.1', 3), ...fail(b, 'membre@exemple.org', '10.0.0.1', 3)]);
    expect(await b.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(60 * 1000);
  });

  it('A7: Redis keeps no key past the window plus the longest wait', async () => {
    const limits = backend.open(options(5, 30));
    await limits.recordFailure('membre@exemple.org', '10.0.0.1');
    await limits.recordSuccess('membre@exemple.org', '10.0.0.1');
    await limits.retryAfter('autre@exemple.org', '10.0.0.2');
    const redis = backend.clients[0]!;
    const keys = await redis.keys(`${backend.prefix}*`);
    expect(keys.sort()).toEqual([`${backend.prefix}account:membre@exemple.org`, `${backend.prefix}ip:10.0.0.1`]);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2 * 15 * MINUTE);
    }
  });
});
