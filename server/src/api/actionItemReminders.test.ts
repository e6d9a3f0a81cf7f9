import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItemRemindersResponse } from '../../../shared/api/actionItems';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const actionItem = (id: string, text: string, owners: string[], due: string, status = 'open') => ({
  type: 'actionItem',
  attrs: { id, owners, due, status },
  content: [paragraph(text)],
});

describe('« Rappels »: overdue open items of the caller’s association (SPEC T5)', () => {
  let server: TestServer;
  let member: TestUser;
  let outsider: TestUser;

  const create = async (content: unknown[], as?: TestUser) => {
    const response = await server.api('/api/minutes', {
      body: { meta: { title: 'Réunion du 14 mars 2014', meetingDate: '2014-03-14' }, content: { type: 'doc', content } },
      as,
    });
    expect(response.status).toBe(201);
  };
  const reminders = async (as?: TestUser | null) => {
    const response = await server.api('/api/action-items/reminders', { as });
    expect(response.status).toBe(200);
    return (await response.json()) as ActionItemRemindersResponse;
  };

  beforeAll(async () => {
    server = await startTestServer();
    member = await server.createUser('member');
    const otherCollective = await server.createCollective('Autre collectif');
    outsider = await server.createUser('coordination', { collectiveId: otherCollective });
    await server.accounts.createAssociation({ id: 'amicale', collectiveId: server.collectiveId, name: 'Amicale du Nid' });
    await server.accounts.updateUser(member.user.id, { associationId: 'amicale' });
    await server.accounts.createAssociation({ id: 'amicale-ailleurs', collectiveId: otherCollective, name: 'Amicale du Nid' });
    await server.accounts.updateUser(outsider.user.id, { associationId: 'amicale-ailleurs' });
    await create([
      actionItem('late-ours', 'Envoyer la lettre à la Ministre.', ['Hors la Rue', 'amicale du nid'], '2014-01-15'),
      actionItem('late-theirs', 'Faire le point sur les projets en Europe.', ['Hors la Rue'], '2014-01-15'),
      actionItem('done-ours', 'Relire le rapport.', ['Amicale du Nid'], '2014-01-15', 'done'),
      actionItem('future-ours', 'Préparer le budget.', ['Amicale du Nid'], '2099-06-30'),
      actionItem('words-ours', 'Appeler la mairie.', ['Amicale du Nid'], 'd’ici la prochaine réunion'),
    ]);
    await create([actionItem('late-elsewhere', 'Point d’un autre collectif.', ['Amicale du Nid'], '2014-01-01')], outsider);
  });
  afterAll(() => server.close());

  it('T5: counts the open overdue items my association owns, not another association’s, a done one or another collective’s', async () => {
    const mine = await reminders(member);
    expect(mine).toMatchObject({ count: 1, association: 'Amicale du Nid' });
    expect(mine.items.map((item) => item.id)).toEqual(['late-ours']);
    expect(mine.items[0]).toMatchObject({ text: 'Envoyer la lettre à la Ministre.', overdue: true, ours: true });
    expect((await reminders(outsider)).items.map((item) => item.id)).toEqual(['late-elsewhere']);
  });

  it('T5: an account without an association has no reminders; anonymous callers are refused', async () => {
    expect(await reminders()).toEqual({ count: 0, association: null, items: [] });
    expect((await server.api('/api/action-items/reminders', { as: null })).status).toBe(401);
  });
});
