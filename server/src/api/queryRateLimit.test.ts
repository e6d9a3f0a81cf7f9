import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';
import { DEFAULT_QUERY_RATE_LIMITS, QueryRateLimiter, type QueryRateLimits } from './queryRateLimit';

const PLAN = 'pan-teh-2014-2016';
const MESSAGE = 'Trop de requêtes d’affilée : réessayez dans quelques secondes.';

function limiter(limits: QueryRateLimits = DEFAULT_QUERY_RATE_LIMITS) {
  let time = 0;
  return { limiter: new QueryRateLimiter(limits, () => time), later: (ms: number) => (time += ms) };
}

describe('QueryRateLimiter', () => {
  it('A19: an honest search typed with a debounce is never refused', () => {
    const { limiter: queries, later } = limiter();
    // A query per pause of the typing (300 ms debounce), for a long while, with the page's other reads.
    for (let n = 0; n < 200; n++) {
      expect(queries.take('personne')).toBeUndefined();
      if (n % 10 === 0) expect(queries.take('personne')).toBeUndefined();
      later(300);
    }
  });

  it('A19: past the burst an account waits Retry-After, then queries again; other accounts never wait', () => {
    const { limiter: queries, later } = limiter({ perSecond: 10, burst: 30 });
    for (let n = 0; n < 30; n++) expect(queries.take('flood')).toBeUndefined();
    const refusal = queries.take('flood');
    expect(refusal).toEqual({ retryAfterSeconds: 1, firstOfBurst: true });
    expect(queries.take('honest')).toBeUndefined();
    later(refusal!.retryAfterSeconds * 1000);
    expect(queries.take('flood')).toBeUndefined();
  });

  it('A19: a flood is logged once, a new flood after the bucket refilled again', () => {
    const { limiter: queries, later } = limiter({ perSecond: 10, burst: 30 });
    const floodFirsts = () => {
      const firsts: boolean[] = [];
      for (let n = 0; n < 200; n++) {
        const refusal = queries.take('flood');
        if (refusal) firsts.push(refusal.firstOfBurst);
        later(10);
      }
      return firsts.filter(Boolean).length;
    };
    expect(floodFirsts()).toBe(1);
    later(3000);
    expect(floodFirsts()).toBe(1);
  });

  it('A19: the buckets are swept: many accounts never grow the map without bound', () => {
    const { limiter: queries, later } = limiter({ perSecond: 10, burst: 30 });
    let most = 0;
    for (let n = 0; n < 100_000; n++) {
      queries.take(`compte-${n}`);
      most = Math.max(most, queries.tracked());
      later(1);
    }
    // Full buckets (idle 3 s) are dropped: at most twice the accounts of the last 3 s remain.
    expect(most).toBeLessThanOrEqual(2 * 3000 + 1);
  });

  it('A19: a sweep drops idle full buckets only: a flooding account stays refused', () => {
    const { limiter: queries, later } = limiter({ perSecond: 1, burst: 30 });
    for (let n = 0; n < 2000; n++) queries.take(`ancien-${n}`);
    later(29_900);
    for (let n = 0; n < 30; n++) queries.take('flood');
    // The old buckets are full again (30 s), the flood's holds a tenth of a token.
    later(100);
    for (let n = 0; n < 100; n++) queries.take(`nouveau-${n}`);
    expect(queries.tracked()).toBeLessThan(200);
    expect(queries.take('flood')).toBeDefined();
  });
});

describe('read query rate limit on the real server (SPEC A19)', () => {
  let server: TestServer;
  let flooder: TestUser;
  let neighbour: TestUser;
  beforeAll(async () => {
    server = await startTestServer({ queryRateLimits: { perSecond: 2, burst: 4 } });
    flooder = await server.createUser('member');
    neighbour = await server.createUser('member');
  });
  afterAll(() => server.close());

  it('A19: a flood of searches gets 429 with Retry-After and a French message; another account still gets 200', async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, () => server.api('/api/search?q=a', { as: flooder })));
    const refused = responses.filter((response) => response.status === 429);
    expect(responses.filter((response) => response.status === 200).length).toBeLessThanOrEqual(5);
    expect(refused.length).toBeGreaterThanOrEqual(7);
    const retryAfter = Number(refused[0]!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(await refused[0]!.json()).toEqual({ error: 'too_many_queries', message: MESSAGE });

    // The budget is shared by every read query of the account; other reads are not counted.
    for (const path of ['/api/action-items', '/api/action-items/reminders', `/api/measures/${PLAN}/counts`, `/api/plans/${PLAN}/measures/22/mentions`]) {
      expect((await server.api(path, { as: flooder })).status, path).toBe(429);
    }
    expect((await server.api('/api/plans', { as: flooder })).status).toBe(200);
    expect((await server.api('/api/search?q=a', { as: neighbour })).status).toBe(200);

    // The condition is the server's own Retry-After: once that long has passed, the account queries again.
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    expect((await server.api('/api/search?q=a', { as: flooder })).status).toBe(200);
  });

  it('A19: an anonymous call is still asked to sign in, not counted', async () => {
    expect((await server.api('/api/search?q=a', { as: null })).status).toBe(401);
  });
});

describe('read query rate limit with the default budget (SPEC A19)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ queryRateLimits: DEFAULT_QUERY_RATE_LIMITS });
  });
  afterAll(() => server.close());

  it('A19: 15 searches in a row, one per letter typed and faster than any typing, all answer 200', async () => {
    const typist = await server.createUser('reader');
    const words = 'traite des êtres humains';
    const typed = Array.from({ length: 15 }, (_, n) => words.slice(0, n + 1).trim());
    for (const query of typed) {
      expect((await server.api(`/api/search?q=${encodeURIComponent(query)}`, { as: typist })).status, query).toBe(200);
    }
  });
});
