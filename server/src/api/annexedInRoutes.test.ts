import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AnnexedInResponse } from '../../../shared/api/annexedIn';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const annexSection = (...annexes: Array<{ kind: 'file' | 'minutes'; documentId?: string; label: string }>) => ({
  type: 'markedSection',
  attrs: { kind: 'annexes' },
  content: annexes.map((annex) => ({
    type: 'annex',
    attrs: { id: null, kind: annex.kind, annexId: annex.kind === 'file' ? 'lettre' : '', documentId: annex.documentId ?? '', label: annex.label },
  })),
});
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('GET /api/minutes/:id/annexed-in (SPEC N7)', () => {
  let server: TestServer;
  let outsider: TestUser;
  const create = async (title: string, meetingDate: string, body: unknown[] = [paragraph('Ordre du jour.')], as?: TestUser) => {
    const response = await server.api('/api/minutes', { body: { meta: { title, meetingDate }, content: { type: 'doc', content: body } }, as });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const annexedIn = async (id: string, as?: TestUser) => {
    const response = await server.api(`/api/minutes/${id}/annexed-in`, { as });
    expect(response.status).toBe(200);
    return ((await response.json()) as AnnexedInResponse).annexedIn;
  };

  beforeAll(async () => {
    server = await startTestServer();
    outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
  });
  afterAll(() => server.close());

  it('N7: a compte-rendu created with a linked annex is listed at once; deleting it forgets the link', async () => {
    const target = await create('Réunion d’octobre', '2013-10-18');
    const source = await create('Réunion de novembre', '2013-11-22', [
      paragraph('Voir les annexes.'),
      annexSection({ kind: 'file', label: 'Lettre de la ministre' }, { kind: 'minutes', documentId: target, label: 'Compte-rendu du 18 octobre 2013' }),
    ]);
    expect(await annexedIn(target)).toEqual([{ documentId: source, title: 'Réunion de novembre', meetingDate: '2013-11-22', annexNumber: 2 }]);
    expect(await annexedIn(source)).toEqual([]);
    expect((await server.api(`/api/minutes/${source}`, { method: 'DELETE' })).status).toBe(200);
    expect(await annexedIn(target)).toEqual([]);
  });

  it('N7: a link added over the relay appears once the typing pauses, after its broadcast; removed, it goes', async () => {
    const target = await create('Réunion de septembre', '2013-09-20');
    const source = await create('Réunion de décembre', '2013-12-13');
    const writer = connectClient(server.collabUrl, source, server.admin.token);
    const watcher = connectClient(server.collabUrl, source, server.admin.token);
    try {
      await Promise.all([synced(writer), synced(watcher)]);
      const section = new Y.XmlElement('markedSection');
      writer.doc.transact(() => {
        section.setAttribute('kind', 'annexes');
        const annex = new Y.XmlElement('annex');
        annex.setAttribute('kind', 'minutes');
        annex.setAttribute('annexId', '');
        annex.setAttribute('documentId', target);
        annex.setAttribute('label', 'Compte-rendu du 20 septembre 2013');
        section.insert(0, [annex]);
        writer.doc.getXmlFragment(BODY_FRAGMENT).push([section]);
      });
      await eventually(() => expect(watcher.doc.getXmlFragment(BODY_FRAGMENT).toString()).toContain(target));
      expect(await annexedIn(target)).toEqual([]);
      await eventually(
        async () => expect(await annexedIn(target)).toEqual([{ documentId: source, title: 'Réunion de décembre', meetingDate: '2013-12-13', annexNumber: 1 }]),
        8000,
      );
      const body = writer.doc.getXmlFragment(BODY_FRAGMENT);
      writer.doc.transact(() => body.delete(body.toArray().indexOf(section), 1));
      await eventually(async () => expect(await annexedIn(target)).toEqual([]), 8000);
    } finally {
      writer.destroy();
      watcher.destroy();
    }
  });

  it('N7: another collective sees nothing; a linking document the caller may not read is not listed', async () => {
    const target = await create('Réunion de janvier', '2014-01-17');
    const ours = await create('Réunion de février', '2014-02-07', [annexSection({ kind: 'minutes', documentId: target, label: 'CR de janvier' })]);
    // A document of another collective naming our id lists nowhere for us.
    const theirs = await create('Chez les autres', '2014-02-10', [annexSection({ kind: 'minutes', documentId: target, label: 'Le leur' })], outsider);
    expect((await server.api(`/api/minutes/${target}/annexed-in`, { as: outsider })).status).toBe(404);
    expect((await annexedIn(target)).map((entry) => entry.documentId)).toEqual([ours]);

    // Shared the target only, the outsider sees their own link, never ours.
    const share = (id: string) => server.api(`/api/minutes/${id}/shares`, { method: 'PUT', body: { email: outsider.user.email, access: 'read' } });
    expect((await share(target)).status).toBeLessThan(300);
    expect((await annexedIn(target, outsider)).map((entry) => entry.documentId)).toEqual([theirs]);
    expect((await share(ours)).status).toBeLessThan(300);
    expect((await annexedIn(target, outsider)).map((entry) => entry.documentId)).toEqual([ours, theirs]);
  });

  it('N7: a reader of the collective reads the list; without an account, 401', async () => {
    const target = await create('Réunion de mars', '2014-03-14');
    const source = await create('Réunion d’avril', '2014-04-11', [annexSection({ kind: 'minutes', documentId: target, label: 'CR de mars' })]);
    const reader = await server.createUser('reader');
    expect((await annexedIn(target, reader)).map((entry) => entry.documentId)).toEqual([source]);
    expect((await server.api(`/api/minutes/${target}/annexed-in`, { as: null })).status).toBe(401);
  });
});
