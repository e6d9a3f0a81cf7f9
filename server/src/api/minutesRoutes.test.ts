import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createLogger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import type { PlanStore } from '../storage/planStore';
import { createSqlitePlanStore } from '../storage/sqlitePlanStore';
import { createSqliteStore } from '../storage/sqliteStore';

describe('/api/minutes', () => {
  let store: DocumentStore;
  let plans: PlanStore;
  let app: ReturnType<typeof createApp>['app'];

  beforeEach(() => {
    store = createSqliteStore({ filename: ':memory:' });
    plans = createSqlitePlanStore(':memory:');
    app = createApp({
      store,
      plans,
      logger: createLogger('silent'),
      config: { maxFrameBytes: 1 << 20, compactAfterUpdates: 500, heartbeatMs: 0, staticDir: '/nonexistent' },
    }).app;
  });
  afterEach(async () => {
    await store.close();
    await plans.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    app.request('/api/minutes', { method: 'POST', headers: { 'content-type': contentType }, body });

  it('A1: creates a compte-rendu with an unguessable id and lists it', async () => {
    const response = await post(JSON.stringify({ meta: { title: 'Réunion du Collectif', meetingDate: '2014-01-31' } }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const list = (await (await app.request('/api/minutes')).json()) as { minutes: unknown[] };
    expect(list.minutes).toEqual([
      expect.objectContaining({ id, meta: { title: 'Réunion du Collectif', meetingDate: '2014-01-31' } }),
    ]);
    const one = await app.request(`/api/minutes/${id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id, meta: { title: 'Réunion du Collectif' } });
  });

  it('A2: rejects bad bodies with a French message and creates nothing', async () => {
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
    expect(await store.list()).toEqual([]);
  });

  it('A2: refuses oversized bodies with 413', async () => {
    const response = await post(JSON.stringify({ meta: { title: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
    expect(await store.list()).toEqual([]);
  });

  it('A3: unknown and malformed ids answer 404 with a French message', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'un%20identifiant', 'x']) {
      const response = await app.request(`/api/minutes/${id}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toContain('n’existe pas');
    }
  });

  it('answers /healthz', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true });
  });
});

describe('/api/minutes with structured content', () => {
  let store: DocumentStore;
  let plans: PlanStore;
  let app: ReturnType<typeof createApp>['app'];

  beforeEach(() => {
    store = createSqliteStore({ filename: ':memory:' });
    plans = createSqlitePlanStore(':memory:');
    app = createApp({
      store,
      plans,
      logger: createLogger('silent'),
      config: { maxFrameBytes: 1 << 20, compactAfterUpdates: 500, heartbeatMs: 0, staticDir: '/nonexistent' },
    }).app;
  });
  afterEach(async () => {
    await store.close();
    await plans.close();
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

  it('seeds meta, participants and content on the server and reads them back', async () => {
    const response = await app.request('/api/minutes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        meta: { title: 'Réunion du 31 janvier 2014', meetingDate: '2014-01-31', place: 'Paris' },
        participants: [{ organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' }],
        content,
      }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const read = (await (await app.request(`/api/minutes/${id}`)).json()) as Record<string, unknown>;
    expect(read.meta).toEqual({ title: 'Réunion du 31 janvier 2014', meetingDate: '2014-01-31', place: 'Paris' });
    expect(read.participants).toEqual([
      { id: expect.any(String), organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
    ]);
    expect(read.content).toEqual(content);
  });

  it('refuses content that does not fit the schema and creates nothing', async () => {
    const response = await app.request('/api/minutes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meta: { title: 'x' }, content: { type: 'doc', content: [{ type: 'iframe' }] } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_content');
    expect(await store.list()).toEqual([]);
  });
});
