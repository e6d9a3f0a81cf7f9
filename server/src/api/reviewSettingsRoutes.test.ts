import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../testing/signIn';
import { type TestServer, startTestServer } from '../testing/testServer';

interface AuditEntries {
  entries: Array<{ action: string; actorId: string | null; details: Record<string, unknown> }>;
}

describe('/api/settings/review', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('W7: every signed-in user reads the setting, off by default; only the coordination changes it, audited', async () => {
    const member = await server.createUser('member');
    const secretariat = await server.createUser('secretariat');
    expect((await server.api('/api/settings/review', { as: null })).status).toBe(401);
    expect(await (await server.api('/api/settings/review', { as: member })).json()).toEqual({ membersSuggestOnlyInReview: false });

    const on = { membersSuggestOnlyInReview: true };
    for (const as of [member, secretariat]) {
      const refused = await server.api('/api/settings/review', { method: 'PUT', body: on, as });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toMatch(/rôle/);
    }
    expect(await (await server.api('/api/settings/review', { as: member })).json()).toEqual({ membersSuggestOnlyInReview: false });

    expect((await server.api('/api/settings/review', { method: 'PUT', body: on })).status).toBe(200);
    expect(await (await server.api('/api/settings/review', { as: member })).json()).toEqual(on);
    const audit = (await (await server.api('/api/audit')).json()) as AuditEntries;
    expect(audit.entries.find((entry) => entry.action === 'settings.review_changed')).toMatchObject({
      actorId: server.admin.user.id,
      details: on,
    });
  });

  it('W7: an invalid body is refused with a French message and changes nothing; another collective keeps its own', async () => {
    for (const body of [{}, { membersSuggestOnlyInReview: 'oui' }, { membersSuggestOnlyInReview: true, autre: 1 }]) {
      const refused = await server.api('/api/settings/review', { method: 'PUT', body });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: 'invalid_body', message: expect.any(String) });
    }
    expect(await (await server.api('/api/settings/review')).json()).toEqual({ membersSuggestOnlyInReview: false });

    await server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: true } });
    const other = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    expect(await (await server.api('/api/settings/review', { as: other })).json()).toEqual({ membersSuggestOnlyInReview: false });
  });

  it('W7: a cookie-authenticated change needs the CSRF token', async () => {
    const session = await signIn(server.url, server.admin.user.email, server.admin.password);
    const body = { membersSuggestOnlyInReview: true };
    expect((await session.fetch('/api/settings/review', { method: 'PUT', body, csrf: false })).status).toBe(403);
    expect((await session.fetch('/api/settings/review', { method: 'PUT', body })).status).toBe(200);
  });
});
