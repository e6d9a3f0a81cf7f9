import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../testing/signIn';
import { type TestServer, startTestServer } from '../testing/testServer';

describe('invitations, password resets and the audit log', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const secretOf = (url: string) => url.split('/').at(-1)!;

  it('A9: an invitation for an association and role creates the account once', async () => {
    const association = (await (await server.api('/api/associations', { body: { name: 'Hors la Rue' } })).json()) as { id: string };
    const invitation = (await (
      await server.api('/api/invitations', { body: { associationId: association.id, role: 'member' } })
    ).json()) as { url: string };
    expect(invitation.url).toMatch(new RegExp(`^${server.url}/invitation/[A-Za-z0-9_-]{43}$`));
    const secret = secretOf(invitation.url);

    const preview = (await (await fetch(`${server.url}/api/invitations/${secret}`)).json()) as Record<string, unknown>;
    expect(preview).toMatchObject({ association: { name: 'Hors la Rue' }, role: 'member' });

    const accept = (body: unknown) =>
      fetch(`${server.url}/api/invitations/${secret}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await accept({ name: 'Martina', email: 'martina@horslarue.org', password: 'court' })).status).toBe(400);
    const accepted = await accept({ name: 'Martina Andreeva', email: 'martina@horslarue.org', password: 'un long mot de passe' });
    expect(accepted.status).toBe(201);
    expect(accepted.headers.getSetCookie()[0]).toMatch(/^minutier_session=/);
    expect((await accept({ name: 'Bis', email: 'bis@horslarue.org', password: 'un long mot de passe' })).status).toBe(404);

    const session = await signIn(server.url, 'martina@horslarue.org', 'un long mot de passe');
    const me = (await (await session.fetch('/api/me')).json()) as { user: Record<string, unknown> };
    expect(me.user).toMatchObject({ role: 'member', associationName: 'Hors la Rue' });
  });

  it('A10: a password reset link sets a new password and signs the account out everywhere', async () => {
    const member = await server.createUser('member');
    const before = await signIn(server.url, member.user.email, member.password);
    const link = (await (await server.api(`/api/users/${member.user.id}/password-reset`, { method: 'POST' })).json()) as { url: string };
    const secret = secretOf(link.url);
    expect(((await (await fetch(`${server.url}/api/password-resets/${secret}`)).json()) as { email: string }).email).toBe(member.user.email);
    const reset = await fetch(`${server.url}/api/password-resets/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'nouveau mot de passe' }),
    });
    expect(reset.status).toBe(200);
    expect((await before.fetch('/api/me')).status).toBe(401);
    await expect(signIn(server.url, member.user.email, member.password)).rejects.toThrow();
    await signIn(server.url, member.user.email, 'nouveau mot de passe');
  });

  it('A11: the audit log records what matters and only the coordination reads it', async () => {
    const member = await server.createUser('member');
    await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.user.email, password: 'faux' }),
    });
    await signIn(server.url, member.user.email, member.password);
    await server.api(`/api/users/${member.user.id}`, { method: 'PATCH', body: { role: 'reader' } });
    await server.api('/api/invitations', { body: { associationId: null, role: 'reader' } });
    const token = (await (await server.api('/api/tokens', { body: { name: 'export' } })).json()) as { id: string };
    await server.api(`/api/tokens/${token.id}`, { method: 'DELETE' });
    const id = await server.createDocument();
    await server.api(`/api/minutes/${id}`, { method: 'DELETE' });

    const log = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string }> };
    expect(log.entries.map((e) => e.action).reverse()).toEqual([
      'auth.login_failed',
      'auth.login',
      'user.updated',
      'invitation.created',
      'token.created',
      'token.revoked',
      'document.created',
      'document.deleted',
    ]);
    expect((await server.api('/api/audit', { as: member })).status).toBe(403);
  });
});
