import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentThread, CommentThreadsResponse } from '../../../shared/api/comments';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

describe('comment threads', () => {
  let server: TestServer;
  let id: string;
  const associations = new Map<string, string>();

  const association = async (name: string): Promise<string> => {
    const known = associations.get(name);
    if (known) return known;
    const created = (await (await server.api('/api/associations', { body: { name } })).json()) as { id: string };
    associations.set(name, created.id);
    return created.id;
  };
  const memberOf = async (name: string, role: 'member' | 'reader' = 'member'): Promise<TestUser> => {
    const user = await server.createUser(role);
    const associationId = await association(name);
    await server.accounts.updateUser(user.user.id, { associationId });
    return { ...user, user: { ...user.user, associationId } };
  };
  const threads = async (as?: TestUser) =>
    ((await (await server.api(`/api/minutes/${id}/comments`, { as })).json()) as CommentThreadsResponse).threads;
  const create = (body: unknown, as?: TestUser) => server.api(`/api/minutes/${id}/comments`, { body, as });
  const threadOf = async (response: Response) => ((await response.json()) as { thread: CommentThread }).thread;
  const auditActions = async () =>
    ((await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; details: { threadId?: string } }> }).entries
      .filter((entry) => entry.action.startsWith('comment.'))
      .map((entry) => entry.action);

  beforeEach(async () => {
    associations.clear();
    server = await startTestServer();
    id = await server.createDocument('Réunion du 22 novembre 2013');
  });
  afterEach(async () => {
    await server.close();
  });

  it('C1: a member opens a thread, another replies, a third resolves and reopens; every message is signed by the server', async () => {
    const helene = await memberOf('Amicale du Nid');
    const martina = await memberOf('Hors la Rue');
    const secretariat = await server.createUser('secretariat');
    const created = await create(
      { quote: 'un état des lieux', body: 'Concernant le commentaire de l’AFJ…', mentions: [await association('Hors la Rue')] },
      helene,
    );
    expect(created.status).toBe(201);
    const thread = await threadOf(created);
    expect(thread.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(thread).toMatchObject({ documentId: id, quote: 'un état des lieux', status: 'open', resolvedAt: null, resolvedBy: null });
    expect(thread.messages).toEqual([
      {
        id: expect.any(String),
        author: { userId: helene.user.id, name: helene.user.name, association: 'Amicale du Nid' },
        body: 'Concernant le commentaire de l’AFJ…',
        mentions: [{ id: await association('Hors la Rue'), name: 'Hors la Rue' }],
        createdAt: expect.any(String),
      },
    ]);

    // A name or association in the body is not a signature: the account's are.
    const reply = await server.api(`/api/minutes/${id}/comments/${thread.id}/replies`, {
      body: { body: 'D’accord, à préciser.', mentions: [], author: { name: 'Quelqu’un d’autre' }, association: 'CCEM' },
      as: martina,
    });
    expect(reply.status).toBe(201);
    expect((await threadOf(reply)).messages.map((m) => [m.author.name, m.author.association, m.body])).toEqual([
      [helene.user.name, 'Amicale du Nid', 'Concernant le commentaire de l’AFJ…'],
      [martina.user.name, 'Hors la Rue', 'D’accord, à préciser.'],
    ]);

    const resolved = await server.api(`/api/minutes/${id}/comments/${thread.id}/resolve`, { method: 'POST', as: secretariat });
    expect(resolved.status).toBe(200);
    expect(await threadOf(resolved)).toMatchObject({
      status: 'resolved',
      resolvedAt: expect.any(String),
      resolvedBy: { userId: secretariat.user.id, name: secretariat.user.name, association: null },
    });
    const reopened = await server.api(`/api/minutes/${id}/comments/${thread.id}/reopen`, { method: 'POST', as: helene });
    expect(reopened.status).toBe(200);
    const final = await threadOf(reopened);
    expect(final).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });

    const reader = await memberOf('CCEM', 'reader');
    expect(await threads(reader)).toEqual([final]);
    expect(await auditActions()).toEqual(['comment.reopened', 'comment.resolved', 'comment.replied', 'comment.created']);
  });

  it('C1: a reader reads comments but every write is refused with 403 and stores nothing', async () => {
    const member = await memberOf('Amicale du Nid');
    const thread = await threadOf(await create({ quote: '', body: 'Première remarque', mentions: [] }, member));
    const reader = await memberOf('Hors la Rue', 'reader');
    const refused = [
      await create({ quote: 'x', body: 'Je ne devrais pas pouvoir', mentions: [] }, reader),
      await server.api(`/api/minutes/${id}/comments/${thread.id}/replies`, { body: { body: 'Non plus', mentions: [] }, as: reader }),
      await server.api(`/api/minutes/${id}/comments/${thread.id}/resolve`, { method: 'POST', as: reader }),
    ];
    for (const response of refused) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'forbidden', message: 'Un lecteur peut lire les commentaires mais pas en écrire.' });
    }
    const stored = await threads(reader);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'open', messages: [{ body: 'Première remarque' }] });
    expect(await auditActions()).toEqual(['comment.created']);
  });

  it('C1: another collective gets 404, an unknown thread 404, a validated compte-rendu 409', async () => {
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    expect((await server.api(`/api/minutes/${id}/comments`, { as: outsider })).status).toBe(404);
    expect((await create({ quote: '', body: 'Intrusion', mentions: [] }, outsider)).status).toBe(404);
    expect((await server.api(`/api/minutes/${id}/comments/inconnu/replies`, { body: { body: 'Réponse', mentions: [] } })).status).toBe(404);
    expect((await server.api(`/api/minutes/${id}/comments/inconnu/resolve`, { method: 'POST' })).status).toBe(404);

    const thread = await threadOf(await create({ quote: '', body: 'Avant validation', mentions: [] }));
    expect((await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17' } })).status).toBe(201);
    const frozen = await create({ quote: '', body: 'Après validation', mentions: [] });
    expect(frozen.status).toBe(409);
    expect(await frozen.json()).toEqual({ error: 'validated', message: 'Compte-rendu validé : rouvrez-le pour commenter.' });
    expect((await server.api(`/api/minutes/${id}/comments/${thread.id}/resolve`, { method: 'POST' })).status).toBe(409);
    expect((await threads()).map((t) => [t.status, t.messages.length])).toEqual([['open', 1]]);
  });

  it('C2: mentions must name associations of the document’s collective', async () => {
    const otherCollective = await server.createCollective('Autre collectif');
    await server.accounts.createAssociation({ id: 'ailleurs', collectiveId: otherCollective, name: 'Association d’ailleurs' });
    const unknown = await create({ quote: '', body: 'Voir @Ailleurs', mentions: ['ailleurs'] });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'unknown_mention' });
    const tooMany = await create({ quote: '', body: 'Tout le monde', mentions: Array.from({ length: 21 }, (_, i) => `a${i}`) });
    expect(tooMany.status).toBe(400);
    const repeated = await create({ quote: '', body: 'Deux fois', mentions: [await association('CCEM'), await association('CCEM')] });
    expect((await threadOf(repeated)).messages[0]!.mentions).toEqual([{ id: await association('CCEM'), name: 'CCEM' }]);
    expect(await threads()).toHaveLength(1);
  });

  it('C2: bodies are plain text: HTML stays literal, control characters go, NFC; empty or too long is 400', async () => {
    const hostile = '<img src=x onerror=alert(1)> <b>gras</b>\u0000\u0007\u001b[31m\r\nligne 2\tfin\u0085\uD800';
    const decomposed = 'e\u0301te\u0301'; // « été » with combining accents
    const created = await create({ quote: `${decomposed}\u0000`, body: `  ${hostile} ${decomposed}  `, mentions: [] });
    expect(created.status).toBe(201);
    const [message] = (await threadOf(created)).messages;
    expect(message!.body).toBe('<img src=x onerror=alert(1)> <b>gras</b>[31m\nligne 2\tfin été');
    expect((await threads())[0]!.quote).toBe('été');

    const refusals = [
      await create({ quote: '', body: '   \u0000  ', mentions: [] }),
      await create({ quote: '', body: 'x'.repeat(5001), mentions: [] }),
      await create({ quote: 'x'.repeat(1001), body: 'Trop cité', mentions: [] }),
      await create({ body: 'Sans citation', mentions: [] }),
      await server.api(`/api/minutes/${id}/comments`, { method: 'POST' }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(/^(Champ|Le corps)/);
    }
    expect(await create({ quote: '', body: 'é'.repeat(5000), mentions: [] })).toHaveProperty('status', 201);
    expect(await threads()).toHaveLength(2);
  });
});
