import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const fixture = readFileSync(new URL('../../../shared/import/fixtures/compte-rendu-2013-11-22.txt', import.meta.url));
const newKey = () => crypto.randomUUID();

describe('Idempotency-Key: one submission creates one compte-rendu (issue 15)', () => {
  let server: TestServer;
  let secretariat: TestUser;
  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await server.createUser('secretariat');
  });
  afterAll(() => server.close());

  const documentCount = async () => (await server.store.list(server.collectiveId)).length;
  const create = (key: string | undefined, body: unknown = { meta: { title: 'Réunion du bureau' } }, as: TestUser = secretariat) =>
    fetch(`${server.url}/api/minutes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as.token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
  const importFile = (key: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(fixture)]), 'compte-rendu-2013-11-22.txt');
    return fetch(`${server.url}/api/minutes/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretariat.token}`, 'idempotency-key': key },
      body: form,
    });
  };

  it('A17: answers a repeated POST /api/minutes with the same status and body, creating nothing more', async () => {
    const before = await documentCount();
    const key = newKey();
    const first = await create(key);
    const firstBody = await first.text();
    const again = await create(key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await documentCount()).toBe(before + 1);
    // Another submission (another key), or a request without one, is another compte-rendu.
    expect((await create(newKey())).status).toBe(201);
    expect((await create(undefined)).status).toBe(201);
    expect(await documentCount()).toBe(before + 3);
  });

  it('A17: gives concurrent duplicates (a double click) one document', async () => {
    const before = await documentCount();
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 6 }, () => create(key)));
    const ids = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { id: string }).id));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(201));
    expect(new Set(ids).size).toBe(1);
    expect(await documentCount()).toBe(before + 1);
  });

  it('A17: imports a file once for concurrent and repeated uploads with the same key', async () => {
    const before = await documentCount();
    const key = newKey();
    const answers = await Promise.all([importFile(key), importFile(key), importFile(key)]);
    const later = await importFile(key);
    const bodies = await Promise.all([...answers, later].map((answer) => answer.json() as Promise<{ id: string }>));
    expect([...answers, later].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(bodies.map((body) => body.id)).size).toBe(1);
    expect(await documentCount()).toBe(before + 1);
    const stored = (await (await server.api(`/api/minutes/${bodies[0]?.id}`, { as: secretariat })).json()) as { meta: { writtenOn?: string } };
    expect(stored.meta.writtenOn).toBe('2013-11-26');
  });

  it('A17: does not remember a failure: the retry with the same key runs', async () => {
    const before = await documentCount();
    const key = newKey();
    expect((await create(key, { meta: { title: '' } })).status).toBe(400);
    expect(await documentCount()).toBe(before);
    expect((await create(key)).status).toBe(201);
    expect(await documentCount()).toBe(before + 1);
  });

  it('A17: keeps each account’s keys apart', async () => {
    const before = await documentCount();
    const key = newKey();
    const mine = (await (await create(key)).json()) as { id: string };
    const theirs = (await (await create(key, undefined, server.admin)).json()) as { id: string };
    expect(mine.id).not.toBe(theirs.id);
    expect(await documentCount()).toBe(before + 2);
  });

  it('A17: refuses a key that is no short token, in French', async () => {
    const before = await documentCount();
    for (const key of ['court', 'x'.repeat(65), 'clé avec des espaces et accents']) {
      const answer = await create(key);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toEqual({ error: 'invalid_idempotency_key', message: expect.stringContaining('Idempotency-Key invalide') });
    }
    expect(await documentCount()).toBe(before);
  });
});
