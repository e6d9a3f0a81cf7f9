import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../shared/api/search';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('GET /api/search', () => {
  let server: TestServer;
  let own: string;
  let other: string;
  let outsider: TestUser;
  beforeAll(async () => {
    server = await startTestServer();
    const create = async (title: string, body: unknown[], as?: TestUser) => {
      const response = await server.api('/api/minutes', {
        body: { meta: { title, meetingDate: '2013-11-22' }, content: { type: 'doc', content: body } },
        as,
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    own = await create('Réunion du Collectif', [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Actualités' }] },
      { type: 'speakerTurn', attrs: { id: 'tour-1', organisation: 'Amicale du Nid', person: 'Hélène', role: '' }, content: [paragraph('La lutte contre la traite des êtres humains avance.')] },
      paragraph('Rencontre avec les Préfectures <script>alert(1)</script>.'),
    ]);
    outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Ministère') });
    other = await create('Réunion du Ministère', [paragraph('Les êtres humains et les préfectures du ministère.')], outsider);
  });
  afterAll(() => server.close());

  const search = async (query: string, as?: TestUser) => {
    const response = await server.api(`/api/search?${query}`, { as });
    return { status: response.status, body: (await response.json()) as SearchResponse & { message?: string } };
  };
  const documentsFound = async (query: string, as?: TestUser) => [...new Set((await search(query, as)).body.results.map((r) => r.documentId))];

  it('Q2: accents and case do not matter, simple plurals fold, a phrase keeps its order', async () => {
    expect(await documentsFound(`q=${encodeURIComponent('ETRES humains')}`)).toEqual([own]);
    expect(await documentsFound('q=prefecture')).toEqual([own]);
    expect(await documentsFound(`q=${encodeURIComponent('"etres humains"')}`)).toEqual([own]);
    expect(await documentsFound(`q=${encodeURIComponent('"humains etres"')}`)).toEqual([]);
  });

  it('answers with the passage, where it is, and the matched words marked as plain text', async () => {
    const { body } = await search('q=etres');
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({ documentId: own, title: 'Réunion du Collectif', meetingDate: '2013-11-22', status: 'draft', kind: 'speakerTurn', blockId: 'tour-1', section: 'Actualités', organisation: 'Amicale du Nid', person: 'Hélène' });
    expect(body.results[0]!.excerptParts.filter((part) => part.match)).toEqual([{ text: 'êtres', match: true }]);
    const [html] = (await search('q=script')).body.results;
    expect(html!.excerpt).toContain('<script>');
    expect(html!.excerptParts.every((part) => !part.text.includes('\uE000'))).toBe(true);
  });

  it('Q1: every role of the collective finds its documents; another collective sees nothing of them', async () => {
    for (const role of ['reader', 'member', 'secretariat', 'coordination'] as const) {
      expect(await documentsFound('q=humains', await server.createUser(role)), role).toEqual([own]);
    }
    expect(await documentsFound('q=humains', outsider)).toEqual([other]);
    const stranger = await server.createUser('reader', { collectiveId: await server.createCollective('Autre') });
    expect((await search('q=humains', stranger)).body).toEqual({ results: [] });
  });

  it('Q1: a share holder of another collective finds the shared document only', async () => {
    const guest = await server.createUser('reader', { collectiveId: await server.createCollective('Invités') });
    expect((await server.api(`/api/minutes/${own}/shares`, { method: 'PUT', body: { email: guest.user.email, access: 'read' } })).status).toBe(200);
    expect(await documentsFound('q=humains', guest)).toEqual([own]);
  });

  it('asks to be signed in', async () => {
    expect((await server.api('/api/search?q=humains', { as: null })).status).toBe(401);
  });

  it('filters by status, period and association speaking', async () => {
    expect(await documentsFound('q=humains&status=validated')).toEqual([]);
    expect(await documentsFound('q=humains&status=draft')).toEqual([own]);
    expect(await documentsFound('q=humains&from=2013-11-22&to=2013-11-22')).toEqual([own]);
    expect(await documentsFound('q=humains&from=2014-01-01')).toEqual([]);
    expect(await documentsFound(`q=humains&association=${encodeURIComponent('amicale du nid')}`)).toEqual([own]);
    expect(await documentsFound('q=prefecture&association=Amicale%20du%20Nid')).toEqual([]);
  });

  it('Q7: filters by meeting series: a compte-rendu of another series is left out', async () => {
    const series = await server.api('/api/series', { body: { name: 'Rencontres ministérielles' } });
    expect(series.status).toBe(201);
    const seriesId = ((await series.json()) as { id: string }).id;
    const created = await server.api('/api/minutes', {
      body: { seriesId, meta: { title: 'Rencontre au ministère', meetingDate: '2014-02-10' }, content: { type: 'doc', content: [paragraph('Les êtres humains, encore.')] } },
    });
    expect(created.status).toBe(201);
    const ministry = ((await created.json()) as { id: string }).id;
    expect((await documentsFound('q=humains')).sort()).toEqual([own, ministry].sort());
    expect(await documentsFound(`q=humains&series=${encodeURIComponent(seriesId)}`)).toEqual([ministry]);
    expect(await documentsFound(`q=humains&series=${encodeURIComponent(seriesId)}`, outsider)).toEqual([]);
    expect((await server.api(`/api/minutes/${ministry}`, { method: 'DELETE' })).status).toBeLessThan(300);
  });

  it('refuses a bad query with a French message naming the parameter', async () => {
    for (const [query, field] of [['q=', 'recherche'], ['q=a&status=perdu', 'statut'], ['q=a&from=2013-13-45', 'du'], ['q=a&from=2014-01-01&to=2013-01-01', 'du'], [`q=${'a'.repeat(501)}`, 'recherche']]) {
      const { status, body } = await search(query!);
      expect(status, query).toBe(400);
      expect(body.message).toContain(`«\u00a0${field}\u00a0»`);
    }
  });

  it('Q5: hostile queries never fail', async () => {
    for (const text of ['"', 'AND', 'OR NOT', 'NEAR(a b)', '*', '^a', 'text:humains', '"a" OR "b', '(((', '\u0000', "') --"]) {
      const { status } = await search(`q=${encodeURIComponent(text)}`);
      expect(status, text).toBe(200);
    }
  });

  it('Q4: what is typed is found once the typing pauses, never before it is broadcast', async () => {
    const writer = connectClient(server.collabUrl, own, server.admin.token);
    const watcher = connectClient(server.collabUrl, own, server.admin.token);
    try {
      await Promise.all([synced(writer), synced(watcher)]);
      writer.type(' Hébergement d’urgence saturé.');
      await eventually(() => expect(watcher.text()).toContain('Hébergement'));
      expect(await documentsFound('q=hebergement')).toEqual([]);
      await eventually(async () => expect(await documentsFound('q=hebergement')).toEqual([own]), 8000);
    } finally {
      writer.destroy();
      watcher.destroy();
    }
  });

  it('Q4: a validated compte-rendu is found with its status, as it was validated', async () => {
    const adopted = await server.createDocument('Réunion adoptée');
    expect((await server.api(`/api/minutes/${adopted}/validate`, { body: { meetingDate: '2014-01-31' } })).status).toBe(201);
    expect(await documentsFound('q=adoptee&status=validated')).toEqual([adopted]);
    expect(await documentsFound('q=adoptee&status=draft')).toEqual([]);
  });

  it('forgets a deleted document', async () => {
    const doomed = await server.createDocument('Réunion à supprimer');
    expect(await documentsFound('q=supprimer')).toEqual([doomed]);
    expect((await server.api(`/api/minutes/${doomed}`, { method: 'DELETE' })).status).toBe(200);
    expect(await documentsFound('q=supprimer')).toEqual([]);
  });
});
