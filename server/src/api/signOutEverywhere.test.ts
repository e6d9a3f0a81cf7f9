import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkResponse } from '../../../shared/api/auth';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { eventually } from '../testing/collabClient';
import { type RawSocket, openRawSocket } from '../testing/rawSocket';
import { createToken, signIn } from '../testing/signIn';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

describe('a password reset or a disabled account revokes every session and API token', () => {
  let server: TestServer;
  let id: string;
  const sockets: RawSocket[] = [];
  beforeEach(async () => {
    server = await startTestServer();
    id = await server.createDocument();
  });
  afterEach(async () => {
    for (const raw of sockets.splice(0)) raw.socket.terminate();
    await server.close();
  });

  /** A relay connection the relay has admitted: it has sent its first sync message. */
  const admitted = async (params: Record<string, string>, headers: Record<string, string> = {}) => {
    const raw = openRawSocket(server.collabUrl, id, params, headers);
    sockets.push(raw);
    await raw.opened;
    await eventually(() => expect(raw.frames.length).toBeGreaterThan(0));
    return raw;
  };
  /** A socket opened with a revoked credential: the relay closes it before any document byte. */
  const refused = async (params: Record<string, string>) => {
    const raw = openRawSocket(server.collabUrl, id, params);
    sockets.push(raw);
    const closed = await raw.closed;
    expect(raw.frames).toEqual([]);
    return closed;
  };
  const me = (token: string) => fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
  const resetLink = async (person: TestUser, as?: TestUser) =>
    server.api(`/api/users/${person.user.id}/password-reset`, { body: {}, as });
  const usePasswordReset = async (person: TestUser, password: string) => {
    const link = (await (await resetLink(person)).json()) as LinkResponse;
    const secret = new URL(link.url).pathname.split('/').pop() ?? '';
    return server.api(`/api/password-resets/${secret}`, { body: { password }, as: null });
  };

  it('A10: a reset closes the relay sockets of its tokens and sessions with 4401, and they then answer 401, for every role', async () => {
    for (const role of ['coordination', 'secretariat', 'member', 'reader'] as const) {
      const person = await server.createUser(role);
      const session = await signIn(server.url, person.user.email, person.password);
      const secondToken = await createToken(session);
      const byToken = await admitted({ token: person.token });
      const bySession = await admitted({}, { cookie: session.cookie, origin: server.url });
      expect((await me(person.token)).status).toBe(200);

      expect((await usePasswordReset(person, 'un tout nouveau mot de passe')).status).toBe(200);
      expect((await byToken.closed).code, role).toBe(CloseCode.unauthenticated);
      expect((await bySession.closed).code, role).toBe(CloseCode.unauthenticated);
      expect((await me(person.token)).status, role).toBe(401);
      expect((await me(secondToken)).status, role).toBe(401);
      expect((await session.fetch('/api/me')).status, role).toBe(401);
      expect((await refused({ token: person.token })).code, role).toBe(CloseCode.unauthenticated);

      // The new password works, and so do the tokens made after it.
      const fresh = await signIn(server.url, person.user.email, 'un tout nouveau mot de passe');
      expect((await me(await createToken(fresh))).status).toBe(200);
    }
  });

  it('A10: the reset is audited with what it revoked; only the coordination of the collective makes the link', async () => {
    const member = await server.createUser('member');
    await signIn(server.url, member.user.email, member.password);
    for (const role of ['secretariat', 'member', 'reader'] as const) {
      expect((await resetLink(member, await server.createUser(role))).status, role).toBe(403);
    }
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre') });
    expect((await resetLink(member, outsider)).status).toBe(404);
    expect((await usePasswordReset(member, 'un tout nouveau mot de passe')).status).toBe(200);
    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; details: object }> };
    expect(audit.entries.find((entry) => entry.action === 'user.password_reset')?.details).toEqual({ endedSessions: 1, revokedTokens: 1 });
  });

  it('A10: disabling an account closes its sockets and revokes its tokens for good, even once it is re-enabled', async () => {
    const member = await server.createUser('member');
    const socket = await admitted({ token: member.token });
    const disable = await server.api(`/api/users/${member.user.id}`, { method: 'PATCH', body: { disabled: true } });
    expect(disable.status).toBe(200);
    expect((await socket.closed).code).toBe(CloseCode.forbidden);
    await server.api(`/api/users/${member.user.id}`, { method: 'PATCH', body: { disabled: false } });
    expect((await me(member.token)).status).toBe(401);
    expect((await server.api('/api/minutes', { as: member })).status).toBe(401);
  });
});
