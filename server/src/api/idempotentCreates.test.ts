import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../annexes/sampleAnnexFiles';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

/**
 * A17 beyond the comptes-rendus: every other create the UI submits (a comment, a reply, a
 * version, a restore, an approval, a series, an association, an annex) runs once per
 * `Idempotency-Key`. Each row posts twice with one key, then once with another.
 */

interface Case {
  name: string;
  /** Prepares what the create needs (a compte-rendu, a thread…); returns the document's id. */
  setup(): Promise<string>;
  /** The submission; `variant` changes what must be unique (a name) between two submissions. */
  send(documentId: string, key: string, variant: number): Promise<Response>;
  /** How many of the created things there are now. */
  count(documentId: string): Promise<number>;
}

describe('Idempotency-Key on every create the UI submits (A17)', () => {
  let server: TestServer;
  let approver: TestUser;
  const threadIds = new Map<string, string>();
  const versionIds = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer();
    const association = (await (await server.api('/api/associations', { body: { name: 'Amicale du Nid' } })).json()) as { id: string };
    approver = await server.createUser('member');
    await server.accounts.updateUser(approver.user.id, { associationId: association.id });
  });
  afterAll(() => server.close());

  const post = (path: string, key: string, body: unknown, as: TestUser = server.admin) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as.token}`, 'content-type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    });
  const getJson = async <T,>(path: string): Promise<T> => (await server.api(path)).json() as Promise<T>;
  const versionCount = async (id: string) => (await getJson<{ versions: unknown[] }>(`/api/minutes/${id}/versions`)).versions.length;
  const threads = async (id: string) => (await getJson<{ threads: { id: string; messages: unknown[] }[] }>(`/api/minutes/${id}/comments`)).threads;
  const newDocument = () => server.createDocument(`Réunion ${crypto.randomUUID()}`);

  const cases: Case[] = [
    {
      name: 'POST /api/minutes/:id/comments',
      setup: newDocument,
      send: (id, key) => post(`/api/minutes/${id}/comments`, key, { quote: 'Le projet', body: 'À préciser.' }),
      count: async (id) => (await threads(id)).length,
    },
    {
      name: 'POST /api/minutes/:id/comments/:threadId/replies',
      async setup() {
        const id = await newDocument();
        const opened = await server.api(`/api/minutes/${id}/comments`, { body: { quote: 'Le projet', body: 'À préciser.' } });
        threadIds.set(id, ((await opened.json()) as { thread: { id: string } }).thread.id);
        return id;
      },
      send: (id, key) => post(`/api/minutes/${id}/comments/${threadIds.get(id)}/replies`, key, { body: 'D’accord.' }),
      count: async (id) => (await threads(id)).reduce((sum, thread) => sum + thread.messages.length, 0),
    },
    {
      name: 'POST /api/minutes/:id/versions',
      setup: newDocument,
      send: (id, key) => post(`/api/minutes/${id}/versions`, key, { label: 'Avant la relecture' }),
      count: versionCount,
    },
    {
      name: 'POST /api/minutes/:id/versions/:versionId/restore',
      async setup() {
        const id = await newDocument();
        const saved = await server.api(`/api/minutes/${id}/versions`, { body: { label: 'Première rédaction' } });
        versionIds.set(id, ((await saved.json()) as { id: string }).id);
        return id;
      },
      send: (id, key) => post(`/api/minutes/${id}/versions/${versionIds.get(id)}/restore`, key, {}),
      count: versionCount,
    },
    {
      name: 'POST /api/minutes/:id/approvals (« current » records a version)',
      async setup() {
        const id = await newDocument();
        expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } })).status).toBe(200);
        return id;
      },
      send: (id, key) => post(`/api/minutes/${id}/approvals`, key, { versionId: 'current' }, approver),
      count: versionCount,
    },
    {
      name: 'POST /api/series',
      setup: newDocument,
      send: (_id, key, variant) => post('/api/series', key, { name: `Rencontres ministérielles ${variant}` }),
      count: async () => (await getJson<{ series: unknown[] }>('/api/series')).series.length,
    },
    {
      name: 'POST /api/associations',
      setup: newDocument,
      send: (_id, key, variant) => post('/api/associations', key, { name: `Association ${variant}` }),
      count: async () => (await getJson<{ associations: unknown[] }>('/api/associations')).associations.length,
    },
    {
      name: 'POST /api/minutes/:id/annexes (multipart)',
      setup: newDocument,
      send(id, key) {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(samplePdf('Lettre au ministre'))]), 'Lettre au ministre.pdf');
        return fetch(`${server.url}/api/minutes/${id}/annexes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${server.admin.token}`, 'Idempotency-Key': key },
          body: form,
        });
      },
      count: async (id) => (await getJson<{ annexes: unknown[] }>(`/api/minutes/${id}/annexes`)).annexes.length,
    },
  ];

  it.each(cases)('A17: $name creates once per key and replays the first answer', async ({ setup, send, count }) => {
    const id = await setup();
    const before = await count(id);
    const key = crypto.randomUUID();

    const first = await send(id, key, 1);
    const firstBody = await first.text();
    expect(first.status, firstBody).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const created = (await count(id)) - before;
    expect(created).toBeGreaterThan(0);

    const again = await send(id, key, 1);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.text()).toBe(firstBody);
    expect(await count(id)).toBe(before + created);

    // Another submission, with its own key, is another thing.
    const other = await send(id, crypto.randomUUID(), 2);
    expect(other.status, await other.clone().text()).toBe(201);
    expect(other.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await other.text()).not.toBe(firstBody);
    expect(await count(id)).toBe(before + 2 * created);
  });
});
