import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { openRawSocket } from '../testing/rawSocket';
import { signIn } from '../testing/signIn';
import { type TestServer, startTestServer } from '../testing/testServer';

describe('sign-in, sessions and CSRF', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ loginLimits: { perAccount: 3, perIp: 6 } });
  });
  afterEach(() => server.close());

  const login = (email: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('A4: nothing is readable without a session or token', async () => {
    const id = await server.createDocument();
    for (const path of ['/api/minutes', `/api/minutes/${id}`, '/api/me', '/api/plans', '/api/tokens', '/api/audit']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(401);
      expect(((await response.json()) as { message: string }).message).toBe('Connectez-vous pour continuer.');
    }
  });

  it('A5: signs in with an HttpOnly SameSite=Lax cookie, and out again', async () => {
    const response = await login('COORDINATION@exemple.org', server.admin.password);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^minutier_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await signIn(server.url, server.admin.user.email, server.admin.password);
    const me = (await (await session.fetch('/api/me')).json()) as { user: { role: string }; csrfToken: string };
    expect(me.user.role).toBe('coordination');
    expect(me.csrfToken.length).toBeGreaterThan(20);

    const id = await server.createDocument();
    const socket = openRawSocket(server.collabUrl, id, {}, { cookie: session.cookie, origin: server.url });
    await socket.opened;
    expect((await session.fetch('/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await socket.closed).code).toBe(CloseCode.unauthenticated);
    expect((await session.fetch('/api/me')).status).toBe(401);
  });

  it('A6: a cookie-authenticated write needs the CSRF token and our own origin', async () => {
    const session = await signIn(server.url, server.admin.user.email, server.admin.password);
    const body = { meta: { title: 'Réunion' } };
    expect((await session.fetch('/api/minutes', { body, csrf: false })).status).toBe(403);
    expect((await session.fetch('/api/minutes', { body, origin: 'https://attaquant.example' })).status).toBe(403);
    expect((await session.fetch('/api/minutes', { body })).status).toBe(201);
  });

  it('A7: wrong passwords are refused the same way for known and unknown accounts, then limited', async () => {
    const unknown = await login('personne@nulle-part.org', 'mauvais mot de passe');
    const wrong = await login(server.admin.user.email, 'mauvais mot de passe');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
    await login(server.admin.user.email, 'encore faux');
    await login(server.admin.user.email, 'toujours faux');
    const limited = await login(server.admin.user.email, server.admin.password);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // The IP limit also stops guessing across many accounts.
    for (let i = 0; i < 3; i++) await login(`autre${i}@exemple.org`, 'faux');
    expect((await login('encore-un-autre@exemple.org', 'faux')).status).toBe(429);
  });

  it('A8: roles are checked on every call', async () => {
    const member = await server.createUser('member');
    const reader = await server.createUser('reader');
    expect((await server.api('/api/minutes', { body: { meta: { title: 'x' } }, as: member })).status).toBe(403);
    expect((await server.api('/api/minutes', { body: { meta: { title: 'x' } }, as: reader })).status).toBe(403);
    expect((await server.api('/api/invitations', { body: { associationId: null, role: 'member' }, as: member })).status).toBe(403);
    expect((await server.api('/api/audit', { as: member })).status).toBe(403);
    expect((await server.api(`/api/users/${reader.user.id}`, { method: 'PATCH', body: { role: 'coordination' }, as: member })).status).toBe(403);
    const secretariat = await server.createUser('secretariat');
    expect((await server.api('/api/minutes', { body: { meta: { title: 'x' } }, as: secretariat })).status).toBe(201);
  });

  it('A8: the last coordination account cannot be demoted or disabled', async () => {
    const response = await server.api(`/api/users/${server.admin.user.id}`, { method: 'PATCH', body: { role: 'member' } });
    expect(response.status).toBe(409);
    expect((await server.api(`/api/users/${server.admin.user.id}`, { method: 'PATCH', body: { disabled: true } })).status).toBe(409);
  });
});
