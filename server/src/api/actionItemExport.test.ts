import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const actionItem = (id: string, text: string, owners: string[], due: string, status = 'open') => ({
  type: 'actionItem',
  attrs: { id, owners, due, status },
  content: [paragraph(text)],
});

describe('« À suivre » exported as ODT and DOCX (SPEC T6)', () => {
  let server: TestServer;
  let outsider: TestUser;

  const create = async (meetingDate: string, content: unknown[], as?: TestUser) => {
    const response = await server.api('/api/minutes', {
      body: { meta: { title: `Réunion du ${meetingDate}`, meetingDate }, content: { type: 'doc', content } },
      as,
    });
    expect(response.status).toBe(201);
  };
  const exported = async (query: string, part: string, as?: TestUser) => {
    const response = await server.api(`/api/action-items/export?${query}`, { as });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('points-a-suivre.');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    return strFromU8(files[part] ?? new Uint8Array());
  };

  beforeAll(async () => {
    server = await startTestServer();
    outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    await server.accounts.createAssociation({ id: 'amicale', collectiveId: server.collectiveId, name: 'Amicale du Nid' });
    await server.accounts.updateUser(server.admin.user.id, { associationId: 'amicale' });
    await create('2013-11-22', [
      actionItem('lettre', 'Envoyer la lettre à la Ministre.', ['Amicale du Nid'], '2014-01-15'),
      actionItem('europe', 'Faire le point sur les projets en Europe.', ['Hors la Rue'], '2014-01-15', 'done'),
    ]);
    await create('2014-01-10', [actionItem('secret', 'Point d’un autre collectif.', ['Autre'], '2014-01-01')], outsider);
  });
  afterAll(() => server.close());

  it('T6: the ODT holds the items, grouped, with owners, due date, status and origin; another collective’s are absent', async () => {
    const content = await exported('format=odt', 'content.xml');
    expect(content).toContain('Nos points à suivre');
    expect(content).toContain('Autres points à suivre');
    expect(content).toContain('Envoyer la lettre à la Ministre.');
    expect(content).toContain('Faire le point sur les projets en Europe.');
    expect(content).toContain('issu du compte-rendu du 22 novembre 2013');
    expect(content).toContain('Échéance\u00a0: 15 janvier 2014');
    expect(content).not.toContain('autre collectif');
    expect(content.indexOf('Nos points à suivre')).toBeLessThan(content.indexOf('Envoyer la lettre'));
  });

  it('T6: the DOCX follows the filters and the caller’s access', async () => {
    const document = await exported('format=docx&status=open', 'word/document.xml');
    expect(document).toContain('Envoyer la lettre à la Ministre.');
    expect(document).not.toContain('projets en Europe');
    expect(document).not.toContain('autre collectif');
    const theirs = await exported('format=docx', 'word/document.xml', outsider);
    expect(theirs).toContain('Point d’un autre collectif.');
    expect(theirs).not.toContain('Envoyer la lettre');
  });

  it('T6: a wrong format or filter is refused in French; anonymous callers are refused', async () => {
    const refused = await server.api('/api/action-items/export?format=pdf');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toContain('format');
    expect((await server.api('/api/action-items/export?format=odt&status=fini')).status).toBe(400);
    expect((await server.api('/api/action-items/export?format=odt', { as: null })).status).toBe(401);
  });
});
