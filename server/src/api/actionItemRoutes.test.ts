import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ActionItemsResponse, ActionItemView } from '../../../shared/api/actionItems';
import type { MinutesDocument } from '../../../shared/api/minutes';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const actionItem = (id: string, text: string, owners: string[], due: string, status = 'open') => ({
  type: 'actionItem',
  attrs: { id, owners, due, status },
  content: [paragraph(text)],
});
type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] };
const boxes = (node: Node): Node[] => [...(node.type === 'actionItem' ? [node] : []), ...(node.content ?? []).flatMap(boxes)];

describe('« À suivre » across all minutes (SPEC T1–T4)', () => {
  let server: TestServer;
  let users: Record<'reader' | 'member' | 'outsider', TestUser>;
  let validated: string;
  let draft: string;
  let carried: string;

  const create = async (title: string, meetingDate: string, content: unknown[], as?: TestUser) => {
    const response = await server.api('/api/minutes', { body: { meta: { title, meetingDate }, content: { type: 'doc', content } }, as });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const list = async (query = '', as?: TestUser) => {
    const response = await server.api(`/api/action-items${query}`, { as });
    expect(response.status).toBe(200);
    return ((await response.json()) as ActionItemsResponse).items;
  };
  const find = (items: ActionItemView[], id: string) => items.find((item) => item.id === id);
  const patch = (documentId: string, itemId: string, body: unknown, as?: TestUser) =>
    server.api(`/api/action-items/${documentId}/${itemId}`, { method: 'PATCH', body, as });
  const read = async (id: string) => ((await (await server.api(`/api/minutes/${id}`)).json()) as MinutesDocument).content as Node;

  beforeAll(async () => {
    server = await startTestServer();
    users = {
      reader: await server.createUser('reader'),
      member: await server.createUser('member'),
      outsider: await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') }),
    };
    validated = await create('Réunion du 22 novembre 2013', '2013-11-22', [
      actionItem('europe', 'Faire le point sur les projets en Europe.', ['Hors la Rue'], '2014-01-15'),
      actionItem('lettre', 'Envoyer la lettre à la Ministre.', ['Amicale du Nid'], '2014-01-15'),
    ]);
    const validation = await server.api(`/api/minutes/${validated}/validate`, { body: { meetingDate: '2014-01-31', confirmWithoutUnanimity: true } });
    expect(validation.status).toBe(201);
    const next = await server.api(`/api/minutes/${validated}/next`, { body: { meetingDate: '2014-01-31', place: 'Paris' } });
    expect(next.status).toBe(201);
    carried = ((await next.json()) as { id: string }).id;
    draft = await create('Réunion du 14 mars 2014', '2014-03-14', [actionItem('budget', 'Préparer le budget.', ['Secours Catholique'], '2099-06-30')]);
    await create('Réunion de l’autre collectif', '2014-01-10', [actionItem('secret', 'Point d’un autre collectif.', ['Autre'], '2014-01-01')], users.outsider);
  });
  afterAll(() => server.close());

  it('T1: each item once, from the latest minutes that carry it, with its origin; every role of the collective sees them', async () => {
    for (const as of [undefined, users.reader, users.member]) {
      const items = await list('', as);
      expect(items.map((item) => item.id).sort()).toEqual(['budget', 'europe', 'lettre']);
      expect(find(items, 'europe')).toMatchObject({
        documentId: carried,
        text: 'Faire le point sur les projets en Europe.',
        owners: ['Hors la Rue'],
        due: '2014-01-15',
        status: 'open',
        overdue: true,
        origin: { documentId: validated, title: 'Réunion du 22 novembre 2013', meetingDate: '2013-11-22' },
      });
      expect(find(items, 'budget')).toMatchObject({ documentId: draft, overdue: false });
    }
  });

  it('R18: another collective sees nothing of them; a share holder sees the shared document’s items only', async () => {
    expect((await list('', users.outsider)).map((item) => item.id)).toEqual(['secret']);
    const guest = await server.createUser('reader', { collectiveId: await server.createCollective('Invités') });
    expect(await list('', guest)).toEqual([]);
    expect((await server.api(`/api/minutes/${draft}/shares`, { method: 'PUT', body: { email: guest.user.email, access: 'read' } })).status).toBe(200);
    expect((await list('', guest)).map((item) => item.id)).toEqual(['budget']);
    expect((await server.api('/api/action-items', { as: null })).status).toBe(401);
  });

  it('filters and sorts; the caller’s association comes first; a wrong filter is refused in French', async () => {
    expect((await list('?association=amicale%20du%20nid')).map((item) => item.id)).toEqual(['lettre']);
    expect((await list('?overdue=1')).map((item) => item.id).sort()).toEqual(['europe', 'lettre']);
    expect((await list('?from=2014-03-01&to=2014-03-31')).map((item) => item.id)).toEqual(['budget']);
    const association = { id: 'secours', collectiveId: server.collectiveId, name: 'Secours Catholique' };
    await server.accounts.createAssociation(association);
    await server.accounts.updateUser(users.member.user.id, { associationId: association.id });
    const ours = await list('?sort=due', users.member);
    expect(ours[0]).toMatchObject({ id: 'budget', ours: true });
    const refused = await server.api('/api/action-items?status=fini');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toContain('Paramètre «\u00a0statut\u00a0» invalide');
  });

  it('T3: marking done writes into the document holding the item, through the relay: an open editor sees it at once', async () => {
    const editor = connectClient(server.collabUrl, carried, server.admin.token);
    try {
      await synced(editor);
      const box = () =>
        editor.doc
          .getXmlFragment(BODY_FRAGMENT)
          .createTreeWalker((node) => node instanceof Y.XmlElement && node.getAttribute('id') === 'europe')
          .next().value as Y.XmlElement;
      expect(box().getAttribute('status')).toBe('open');
      const response = await patch(carried, 'europe', { status: 'done', owners: ['Hors la Rue', 'ECPAT'], due: '2014-04-01' }, users.member);
      expect(response.status).toBe(200);
      await eventually(() => {
        expect(box().getAttribute('status')).toBe('done');
        expect(box().getAttribute('owners') as unknown).toEqual(['Hors la Rue', 'ECPAT']);
        expect(box().getAttribute('due')).toBe('2014-04-01');
      });
    } finally {
      editor.destroy();
    }
    expect(find(await list(), 'europe')).toMatchObject({ status: 'done', overdue: false, owners: ['Hors la Rue', 'ECPAT'] });
    expect(boxes(await read(carried)).find((box) => box.attrs?.id === 'europe')?.attrs).toMatchObject({ status: 'done' });
    expect((await patch(carried, 'europe', { status: 'open' }, users.member)).status).toBe(200);
    expect(find(await list(), 'europe')?.status).toBe('open');
  });

  it('T1: an edit in the editor reaches the list in a pause of the typing', async () => {
    const editor = connectClient(server.collabUrl, draft, server.admin.token);
    try {
      await synced(editor);
      const box = editor.doc
        .getXmlFragment(BODY_FRAGMENT)
        .createTreeWalker((node) => node instanceof Y.XmlElement && node.getAttribute('id') === 'budget')
        .next().value as Y.XmlElement;
      box.setAttribute('status', 'done');
      await eventually(async () => expect(find(await list(), 'budget')?.status).toBe('done'), 8000);
    } finally {
      editor.destroy();
    }
  });

  it('T3: the caller’s rights on the document apply: a reader is refused, another collective learns nothing', async () => {
    const refused = await patch(draft, 'budget', { status: 'open' }, users.reader);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toContain('Vous ne pouvez pas modifier ce compte-rendu');
    expect((await patch(draft, 'budget', { status: 'open' }, users.outsider)).status).toBe(404);
    expect((await patch(draft, 'inconnu', { status: 'open' })).status).toBe(404);
    expect((await patch(draft, 'budget', {})).status).toBe(400);
    expect((await patch(draft, 'budget', { due: '31/12/2014' })).status).toBe(400);
    const controlled = await patch(draft, 'budget', { owners: ['Amicale\ndu Nid'] });
    expect(controlled.status).toBe(400);
    expect(((await controlled.json()) as { message: string }).message).toContain('caractère de contrôle');
    expect((await patch(draft, 'budget', { status: 'done', note: 'x' })).status).toBe(400);
  });

  it('T3: a member who only suggests during the review is refused (suggest is not write)', async () => {
    expect((await server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: true } })).status).toBe(200);
    expect((await server.api(`/api/minutes/${draft}/status`, { body: { status: 'review' } })).status).toBe(200);
    expect((await patch(draft, 'budget', { status: 'open' }, users.member)).status).toBe(403);
    expect((await patch(draft, 'budget', { status: 'open' })).status).toBe(200);
  });

  it('T4: a validated compte-rendu is never written to: 409, offering the next minutes', async () => {
    const before = await read(validated);
    const refused = await patch(validated, 'lettre', { status: 'done' });
    expect(refused.status).toBe(409);
    const { message } = (await refused.json()) as { message: string };
    expect(message).toMatch(/^Ce compte-rendu est validé\s:/u);
    expect(message).toContain('Préparez le prochain compte-rendu pour y reporter ce point.');
    expect(await read(validated)).toEqual(before);
    expect(find(await list(), 'lettre')?.status).toBe('open');
  });
});
