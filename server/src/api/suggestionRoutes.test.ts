import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../testing/testServer';

interface AuditEntries {
  entries: Array<{ action: string; actorId: string | null; target: string | null; details: Record<string, unknown> }>;
}

const suggestion = (id: string, association: string, author: string) => ({
  id,
  userId: `u-${author}`,
  author,
  association,
  kind: 'insertion' as const,
  text: ' en janvier',
});

describe('/api/minutes/:id/suggestions/decisions', () => {
  let server: TestServer;
  let id: string;
  const decide = (body: unknown, as = server.admin) => server.api(`/api/minutes/${id}/suggestions/decisions`, { body, as });
  beforeEach(async () => {
    server = await startTestServer();
    id = await server.createDocument('Réunion du 22 novembre 2013');
  });
  afterEach(async () => {
    await server.close();
  });

  it('W8: the secretariat and the coordination record a decision; members and readers get 403, other collectives 404', async () => {
    const body = { decision: 'accept', suggestions: [suggestion('s1', 'Amicale du Nid', 'Hélène')] };
    for (const role of ['member', 'reader'] as const) {
      const refused = await decide(body, await server.createUser(role));
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toContain('secrétariat');
    }
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre') });
    expect((await decide(body, outsider)).status).toBe(404);
    expect((await server.api('/api/minutes/AAAAAAAAAAAAAAAAAAAAAA/suggestions/decisions', { body })).status).toBe(404);
    expect((await decide(body, await server.createUser('secretariat'))).status).toBe(200);
    expect((await decide(body)).status).toBe(200);
  });

  it('W8: the journal records who decided, what and for which associations', async () => {
    const secretariat = await server.createUser('secretariat');
    const response = await decide(
      {
        decision: 'reject',
        suggestions: [suggestion('s1', 'Amicale du Nid', 'Hélène'), suggestion('s2', 'AFJ', 'Magali'), suggestion('s3', 'Amicale du Nid', 'Hélène')],
      },
      secretariat,
    );
    expect(response.status).toBe(200);
    const audit = (await (await server.api('/api/audit')).json()) as AuditEntries;
    expect(audit.entries.find((entry) => entry.action === 'suggestions.rejected')).toMatchObject({
      actorId: secretariat.user.id,
      target: id,
      details: { count: 3, associations: 'AFJ, Amicale du Nid', authors: 'Hélène, Magali', suggestionIds: 's1 s2 s3' },
    });
  });

  it('W8: an invalid body answers 400 with a French message and records nothing', async () => {
    for (const body of [
      { decision: 'accept', suggestions: [] },
      { decision: 'maybe', suggestions: [suggestion('s1', 'AFJ', 'Magali')] },
      { decision: 'accept', suggestions: Array.from({ length: 501 }, (_, i) => suggestion(`s${i}`, 'AFJ', 'Magali')) },
      { decision: 'accept', suggestions: [{ ...suggestion('s1', 'AFJ', 'Magali'), kind: 'autre' }] },
    ]) {
      const refused = await decide(body);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: 'invalid_body', message: expect.any(String) });
    }
    const audit = (await (await server.api('/api/audit')).json()) as AuditEntries;
    expect(audit.entries.filter((entry) => entry.action.startsWith('suggestions.'))).toEqual([]);
  });
});
