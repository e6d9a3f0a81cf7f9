import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../testing/testServer';
import { MINUTES_BODY_MAX_BYTES } from './jsonBodyLimits';

describe('/api/minutes', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('A1: creates a compte-rendu with an unguessable id and lists it', async () => {
    const response = await server.api('/api/minutes', {
      body: { meta: { title: 'Réunion du Collectif', meetingDate: '2014-01-31' } },
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const list = (await (await server.api('/api/minutes')).json()) as { minutes: unknown[] };
    expect(list.minutes).toEqual([
      expect.objectContaining({ id, meta: { title: 'Réunion du Collectif', meetingDate: '2014-01-31' } }),
    ]);
    const one = await server.api(`/api/minutes/${id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id, meta: { title: 'Réunion du Collectif' }, access: 'write' });
  });

  it('deleting a compte-rendu takes its comments and versions with it, and only its own', async () => {
    const [deleted, kept] = [await server.createDocument(), await server.createDocument()];
    for (const id of [deleted, kept]) {
      const comment = { quote: 'état des lieux', body: 'À reformuler.', mentions: [] };
      expect((await server.api(`/api/minutes/${id}/comments`, { body: comment })).status).toBe(201);
      expect((await server.api(`/api/minutes/${id}/versions`, { body: { label: 'Avant corrections' } })).status).toBe(201);
    }
    expect((await server.api(`/api/minutes/${deleted}`, { method: 'DELETE' })).status).toBe(200);

    const db = new Database(server.dbFile, { readonly: true });
    const rows = (sql: string, id: string) => (db.prepare(sql).get(id) as { n: number }).n;
    const left = (id: string) => [
      rows('SELECT COUNT(*) AS n FROM comment_threads WHERE document_id = ?', id),
      rows('SELECT COUNT(*) AS n FROM comment_messages m JOIN comment_threads t ON t.id = m.thread_id WHERE t.document_id = ?', id),
      rows('SELECT COUNT(*) AS n FROM document_versions WHERE document_id = ?', id),
    ];
    try {
      expect(left(deleted)).toEqual([0, 0, 0]);
      expect(left(kept)).toEqual([1, 1, 1]);
    } finally {
      db.close();
    }
  });

  it('A2: rejects bad bodies with a French message and creates nothing', async () => {
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${server.url}/api/minutes`, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${server.admin.token}` },
        body,
      });
    const cases = [
      post('{"meta":'),
      post(JSON.stringify({ meta: { title: '   ' } })),
      post(JSON.stringify({ meta: { title: 'ok', meetingDate: '22/11/2013' } })),
      post(JSON.stringify({ title: 'sans meta' })),
      post('title=x', 'application/x-www-form-urlencoded'),
    ];
    for (const response of await Promise.all(cases)) {
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('invalid_body');
      expect(body.message.length).toBeGreaterThan(10);
    }
    expect(await server.store.list(server.collectiveId)).toEqual([]);
  });

  it('A2: refuses oversized bodies with 413', async () => {
    const response = await server.api('/api/minutes', { body: { meta: { title: 'x'.repeat(MINUTES_BODY_MAX_BYTES) } } });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toBe('Compte-rendu trop volumineux : au plus 4 Mo sont acceptés.');
    expect(await server.store.list(server.collectiveId)).toEqual([]);
  });

  it('A3: unknown and malformed ids answer 404 with a French message', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'un%20identifiant', 'x']) {
      const response = await server.api(`/api/minutes/${id}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toContain('n’existe pas');
    }
  });

  it('answers /healthz without a session', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
  });

  const content = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Actualités' }] },
      {
        type: 'speakerTurn',
        attrs: { id: 't1', organisation: 'Hors la Rue', person: 'Martina Andreeva', role: '' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le projet Resiland débute.' }] }],
      },
      {
        type: 'actionItem',
        attrs: { id: 'a1', owners: ['Hors la Rue'], due: '2014-01-31', status: 'open' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Faire le point.' }] }],
      },
    ],
  };

  it('M3: seeds meta, participants and content on the server and reads them back', async () => {
    const response = await server.api('/api/minutes', {
      body: {
        meta: { title: 'Réunion du 31 janvier 2014', meetingDate: '2014-01-31', place: 'Paris' },
        participants: [{ organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' }],
        content,
      },
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const read = (await (await server.api(`/api/minutes/${id}`)).json()) as Record<string, unknown>;
    expect(read.meta).toEqual({ title: 'Réunion du 31 janvier 2014', meetingDate: '2014-01-31', place: 'Paris' });
    expect(read.participants).toEqual([
      { id: expect.any(String), organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
    ]);
    expect(read.content).toEqual(content);
  });

  it('M3: refuses content that does not fit the schema and creates nothing', async () => {
    const response = await server.api('/api/minutes', {
      body: { meta: { title: 'x' }, content: { type: 'doc', content: [{ type: 'iframe' }] } },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_content');
    expect(await server.store.list(server.collectiveId)).toEqual([]);
  });
});
