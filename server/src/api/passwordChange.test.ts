import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WRONG_CURRENT_PASSWORD } from '../../../shared/api/passwordChange';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { verifyPassword } from '../auth/passwords';
import { eventually } from '../testing/collabClient';
import { type RawSocket, openRawSocket } from '../testing/rawSocket';
import { type BrowserSession, signIn } from '../testing/signIn';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const NEW_PASSWORD = 'un tout nouveau mot de passe';

describe('changing one’s own password (A15)', () => {
  let server: TestServer;
  let member: TestUser;
  const sockets: RawSocket[] = [];

  beforeEach(async () => {
    server = await startTestServer({ loginLimits: { perAccount: 3, perIp: 30 } });
    member = await server.createUser('member');
  });
  afterEach(async () => {
    for (const raw of sockets.splice(0)) raw.socket.terminate();
    await server.close();
  });

  const change = (session: BrowserSession, currentPassword: string, newPassword = NEW_PASSWORD) =>
    session.fetch('/api/me/password', { body: { currentPassword, newPassword } });
  const login = (password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.user.email, password }),
    });
  /** A relay connection of `session`, once the relay has admitted it. */
  const relayConnection = async (session: BrowserSession, documentId: string) => {
    const raw = openRawSocket(server.collabUrl, documentId, {}, { cookie: session.cookie, origin: server.url });
    sockets.push(raw);
    await raw.opened;
    await eventually(() => expect(raw.frames.length).toBeGreaterThan(0));
    return raw;
  };

  it('A15: a wrong current password answers 403 with a French message, changes nothing and is audited', async () => {
    const session = await signIn(server.url, member.user.email, member.password);
    const response = await change(session, 'pas le bon mot de passe');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'wrong_password', message: WRONG_CURRENT_PASSWORD });
    expect((await login(member.password)).status).toBe(200);
    expect((await login(NEW_PASSWORD)).status).toBe(401);

    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; target: string }> };
    expect(audit.entries.some((entry) => entry.action === 'user.password_change_failed' && entry.target === member.user.id)).toBe(true);
  });

  it('A15: success keeps this session, ends the others and closes their relay connections; only the new password signs in', async () => {
    const documentId = await server.createDocument();
    const here = await signIn(server.url, member.user.email, member.password);
    const elsewhere = await signIn(server.url, member.user.email, member.password);
    const hereSocket = await relayConnection(here, documentId);
    const elsewhereSocket = await relayConnection(elsewhere, documentId);

    const response = await change(here, member.password);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ endedSessions: 1 });

    expect((await elsewhereSocket.closed).code).toBe(CloseCode.unauthenticated);
    expect((await elsewhere.fetch('/api/me')).status).toBe(401);
    expect((await here.fetch('/api/me')).status).toBe(200);
    expect(hereSocket.socket.readyState).toBe(hereSocket.socket.OPEN);
    // The session that changed it still writes (same CSRF token).
    expect((await here.fetch('/api/tokens', { body: { name: 'après le changement' } })).status).toBe(201);

    expect((await login(member.password)).status).toBe(401);
    expect((await login(NEW_PASSWORD)).status).toBe(200);
    const audit = (await (await server.api('/api/audit')).json()) as {
      entries: Array<{ action: string; target: string; details: Record<string, unknown> }>;
    };
    expect(audit.entries.find((entry) => entry.action === 'user.password_changed')).toMatchObject({
      target: member.user.id,
      details: { endedSessions: 1 },
    });
  });

  it('A15: wrong current passwords are limited like sign-ins (429 with Retry-After), even with the right one afterwards', async () => {
    const session = await signIn(server.url, member.user.email, member.password);
    for (let attempt = 0; attempt < 3; attempt++) expect((await change(session, `essai ${attempt}`)).status).toBe(403);
    const limited = await change(session, member.password);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { message: string }).message).toMatch(/^Trop de tentatives/);
    // Nothing changed, and the same IP's sign-ins wait too: it is one limit.
    const stored = await server.accounts.findUserByEmail(member.user.email);
    expect(await verifyPassword(stored!.passwordHash, member.password)).toBe(true);
    expect((await login(member.password)).status).toBe(429);
  });

  it('A15: a new password too short, or the same as the current one, answers 400 in French; without a session 401', async () => {
    const session = await signIn(server.url, member.user.email, member.password);
    const short = await change(session, member.password, 'court');
    expect(short.status).toBe(400);
    expect(((await short.json()) as { message: string }).message).toBe('Champ «\u00A0nouveau mot de passe\u00A0» invalide : au moins 10 caractères.');
    const same = await change(session, member.password, member.password);
    expect(same.status).toBe(400);
    expect(((await same.json()) as { message: string }).message).toContain('différent de l’actuel');
    expect((await login(member.password)).status).toBe(200);

    const anonymous = await fetch(`${server.url}/api/me/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: member.password, newPassword: NEW_PASSWORD }),
    });
    expect(anonymous.status).toBe(401);
  });
});
