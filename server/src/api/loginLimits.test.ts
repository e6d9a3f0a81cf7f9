import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/api/roles';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

interface LoginAnswer {
  status: number;
  retryAfter: number | null;
  body: unknown;
}

describe('A7: sign-in limits that slow guessing without locking anyone out', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ loginLimits: { perAccount: 3, perIp: 6 } });
  });
  afterEach(() => server.close());

  /** Signs in from `ip` (an address of the loopback network), as a browser there would. */
  const loginFrom = (ip: string, email: string, password: string) =>
    new Promise<LoginAnswer>((resolve, reject) => {
      const { hostname, port } = new URL(server.url);
      const body = JSON.stringify({ email, password });
      const req = request(
        { host: hostname, port, path: '/api/auth/login', method: 'POST', localAddress: ip, headers: { 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => {
            const retryAfter = res.headers['retry-after'];
            resolve({ status: res.statusCode ?? 0, retryAfter: retryAfter ? Number(retryAfter) : null, body: JSON.parse(text) });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('A7: failures from elsewhere never keep a correct password out from an IP that has not failed, whatever the role', async () => {
    const outsider = await server.createUser('member', { collectiveId: await server.createCollective('Autre') });
    const people: TestUser[] = [server.admin, outsider];
    for (const role of ['secretariat', 'member', 'reader'] satisfies Role[]) people.push(await server.createUser(role));
    for (const [n, person] of people.entries()) {
      for (const attacker of [`127.0.${n}.2`, `127.0.${n}.3`]) {
        for (let i = 0; i < 3; i++) await loginFrom(attacker, person.user.email, `essai ${i}`);
      }
      const held = await loginFrom(`127.0.${n}.2`, person.user.email, person.password);
      expect(held.status).toBe(429);
      expect(held.retryAfter).toBeGreaterThan(0);
      expect((await loginFrom(`127.0.${n}.9`, person.user.email, person.password)).status).toBe(200);
    }
  });

  it('A7: an IP that fails on a held account is held from then on, and the delay grows', async () => {
    const email = server.admin.user.email;
    for (let i = 0; i < 3; i++) await loginFrom('127.0.0.2', email, `essai ${i}`);
    expect((await loginFrom('127.0.0.2', email, server.admin.password)).retryAfter).toBe(30);
    const first = await loginFrom('127.0.0.5', email, 'encore faux');
    expect(first.status).toBe(401);
    const held = await loginFrom('127.0.0.5', email, server.admin.password);
    expect(held.status).toBe(429);
    // Four failures on the account: twice the first delay.
    expect(held.retryAfter).toBeGreaterThan(30);
    expect(held.retryAfter).toBeLessThanOrEqual(60);
  });

  it('A7: the answers are the same whether the account exists or not', async () => {
    const known: LoginAnswer[] = [];
    const unknown: LoginAnswer[] = [];
    for (let i = 0; i < 4; i++) known.push(await loginFrom('127.0.0.2', server.admin.user.email, `essai ${i}`));
    for (let i = 0; i < 4; i++) unknown.push(await loginFrom('127.0.0.3', 'personne@nulle-part.org', `essai ${i}`));
    expect(unknown.map((a) => [a.status, a.body])).toEqual(known.map((a) => [a.status, a.body]));
    expect(unknown.map((a) => a.status)).toEqual([401, 401, 401, 429]);
  });

  it('A7: an IP that fails on many accounts is refused on all of them, even with a correct password', async () => {
    for (let i = 0; i < 6; i++) expect((await loginFrom('127.0.0.2', `personne${i}@exemple.org`, 'faux')).status).toBe(401);
    const refused = await loginFrom('127.0.0.2', server.admin.user.email, server.admin.password);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(14 * 60);
    expect((await loginFrom('127.0.0.3', server.admin.user.email, server.admin.password)).status).toBe(200);
  });
});
