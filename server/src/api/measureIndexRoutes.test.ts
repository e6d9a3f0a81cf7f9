import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeasureCitationsResponse, MeasureCountsResponse, MeasureMentionsResponse } from '../../../shared/api/measureIndex';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const PLAN = 'pan-teh-2014-2016';
const text = (value: string) => ({ type: 'text', text: value });
const ref = (number: number) => ({ type: 'measureRef', attrs: { plan: PLAN, number, item: '' } });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('measure index routes (SPEC X1, X2)', () => {
  let server: TestServer;
  let cited: string;
  let alsoCited: string;
  let outsider: TestUser;
  let outsiderDoc: string;
  const create = async (title: string, body: unknown[], as?: TestUser) => {
    const response = await server.api('/api/minutes', {
      body: { meta: { title, meetingDate: '2014-01-31' }, content: { type: 'doc', content: body } },
      as,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  beforeAll(async () => {
    server = await startTestServer();
    cited = await create('Réunion du Collectif', [
      { type: 'heading', attrs: { level: 2 }, content: [text('Actualités')] },
      {
        type: 'speakerTurn',
        attrs: { id: 'tour-1', organisation: 'Amicale du Nid', person: 'Hélène', role: '' },
        content: [paragraph(text('Où en est la '), ref(22), text(' ? Rien de neuf.'))],
      },
      paragraph(text('La '), ref(22), text(' encore, et la mesure 22 sans lien.')),
    ]);
    alsoCited = await create('Rencontre ministérielle', [paragraph(text('Voir la '), ref(22), text('.'))]);
    outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    outsiderDoc = await create('Chez les autres', [paragraph(text('Leur '), ref(22), text('.'))], outsider);
  });
  afterAll(() => server.close());

  const citations = async (as?: TestUser, number = 22) =>
    ((await (await server.api(`/api/measures/${PLAN}/${number}/citations`, { as })).json()) as MeasureCitationsResponse).citations;
  const countOf = async (as?: TestUser, number = 22) => {
    const response = await server.api(`/api/measures/${PLAN}/counts`, { as });
    expect(response.status).toBe(200);
    const { counts } = (await response.json()) as MeasureCountsResponse;
    return counts.find((count) => count.number === number) ?? { number, passages: 0, documents: 0 };
  };

  it('X1: lists each linked passage with its place and speaker; plain words are « à relier », never counted', async () => {
    const list = await citations();
    expect(list.filter((c) => c.linked)).toHaveLength(3);
    expect(list).toContainEqual(
      expect.objectContaining({
        documentId: cited, blockId: 'tour-1', section: 'Actualités', organisation: 'Amicale du Nid', person: 'Hélène',
        excerpt: 'Où en est la mesure 22 ?', meetingDate: '2014-01-31', validated: false, linked: true,
      }),
    );
    expect(list.filter((c) => !c.linked)).toEqual([
      expect.objectContaining({ documentId: cited, blockId: 'n2', phrase: 'mesure 22', linked: false }),
    ]);
    expect(await countOf()).toEqual({ number: 22, passages: 3, documents: 2 });
  });

  it('X2: reader and member see the collective’s citations; another collective sees only its own, its counts exclude ours', async () => {
    for (const role of ['reader', 'member'] as const) {
      const user = await server.createUser(role);
      expect(new Set((await citations(user)).map((c) => c.documentId)), role).toEqual(new Set([cited, alsoCited]));
      expect(await countOf(user), role).toEqual({ number: 22, passages: 3, documents: 2 });
    }
    expect((await citations(outsider)).map((c) => c.documentId)).toEqual([outsiderDoc]);
    expect(await countOf(outsider)).toEqual({ number: 22, passages: 1, documents: 1 });
    const stranger = await server.createUser('member', { collectiveId: await server.createCollective('Collectif vide') });
    expect(await citations(stranger)).toEqual([]);
    expect(await countOf(stranger)).toEqual({ number: 22, passages: 0, documents: 0 });
  });

  it('X2: a share holder of another collective sees only the shared document', async () => {
    const guest = await server.createUser('member', { collectiveId: await server.createCollective('Invités') });
    const shared = await server.api(`/api/minutes/${alsoCited}/shares`, { method: 'PUT', body: { email: guest.user.email, access: 'read' } });
    expect(shared.status).toBe(200);
    expect((await citations(guest)).map((c) => c.documentId)).toEqual([alsoCited]);
    expect(await countOf(guest)).toEqual({ number: 22, passages: 1, documents: 1 });
  });

  it('keeps the issue’s shape at /api/plans/:planId/measures/:number/mentions, linked citations only', async () => {
    const response = await server.api(`/api/plans/${PLAN}/measures/22/mentions`);
    expect(response.status).toBe(200);
    const { mentions } = (await response.json()) as MeasureMentionsResponse;
    expect(mentions).toHaveLength(3);
    expect(mentions).toContainEqual({
      documentId: cited, meetingDate: '2014-01-31', section: 'Actualités', organisation: 'Amicale du Nid', person: 'Hélène',
      excerpt: 'Où en est la mesure 22 ?', validated: false,
    });
    expect((await server.api(`/api/plans/${PLAN}/measures/22/mentions`, { as: null })).status).toBe(401);
  });

  it('refuses a bad measure number or plan id, and anyone signed out', async () => {
    expect((await server.api(`/api/measures/${PLAN}/zero/citations`)).status).toBe(400);
    expect((await server.api('/api/measures/PLAN%20X/counts')).status).toBe(400);
    expect((await server.api(`/api/measures/${PLAN}/counts`, { as: null })).status).toBe(401);
  });

  it('X4: a reference typed in an editor is counted once the typing pauses, after its broadcast', async () => {
    const doc = await create('Réunion tapée', [paragraph(text('Début.'))]);
    const writer = connectClient(server.collabUrl, doc, server.admin.token);
    const watcher = connectClient(server.collabUrl, doc, server.admin.token);
    try {
      await Promise.all([synced(writer), synced(watcher)]);
      writer.doc.transact(() => {
        const element = new Y.XmlElement('measureRef');
        element.setAttribute('plan', PLAN);
        element.setAttribute('number', 9 as unknown as string);
        element.setAttribute('item', '');
        const block = new Y.XmlElement('paragraph');
        writer.doc.getXmlFragment(BODY_FRAGMENT).push([block]);
        block.push([element]);
      });
      await eventually(() => expect(watcher.doc.getXmlFragment(BODY_FRAGMENT).toString()).toContain('number="9"'));
      expect(await countOf(undefined, 9)).toEqual({ number: 9, passages: 0, documents: 0 });
      await eventually(async () => expect(await countOf(undefined, 9)).toEqual({ number: 9, passages: 1, documents: 1 }), 8000);
    } finally {
      writer.destroy();
      watcher.destroy();
    }
  });

  it('X1: a validated compte-rendu is indexed as validated; a deleted one is forgotten', async () => {
    const adopted = await create('Réunion adoptée', [paragraph(text('La '), ref(12), text(' avance.'))]);
    expect((await server.api(`/api/minutes/${adopted}/validate`, { body: { meetingDate: '2014-03-31' } })).status).toBe(201);
    expect(await citations(undefined, 12)).toEqual([expect.objectContaining({ documentId: adopted, validated: true })]);
    const doomed = await create('Réunion à supprimer', [paragraph(text('La '), ref(19), text('.'))]);
    expect(await countOf(undefined, 19)).toEqual({ number: 19, passages: 1, documents: 1 });
    expect((await server.api(`/api/minutes/${doomed}`, { method: 'DELETE' })).status).toBe(200);
    expect(await countOf(undefined, 19)).toEqual({ number: 19, passages: 0, documents: 0 });
  });
});
