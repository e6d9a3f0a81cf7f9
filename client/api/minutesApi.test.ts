import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSession } from './http';
import { createMinutes, getMinutes, listMinutes } from './minutesApi';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  forgetSession();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('minutes API calls', () => {
  it('lists the minutes rows', async () => {
    const row = { id: 'x', meta: { title: 'Réunion' }, createdAt: 'c', updatedAt: 'u' };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, { minutes: [row] })));
    expect(await listMinutes()).toEqual([row]);
  });

  it('reads one compte-rendu by its id', async () => {
    const fetchMock = vi.fn(async (_path: string) => jsonResponse(200, { id: 'abc' }));
    vi.stubGlobal('fetch', fetchMock);
    await getMinutes('abc');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/minutes/abc');
  });

  it('posts the metadata and returns the new id', async () => {
    const fetchMock = vi.fn(async (path: string, _init?: RequestInit) =>
      path === '/api/me' ? jsonResponse(200, { csrfToken: 'jeton' }) : jsonResponse(201, { id: 'nouvel-id' }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const id = await createMinutes({ meta: { title: 'Collectif', meetingDate: '2013-11-22' } });
    expect(id).toBe('nouvel-id');
    const [path, init] = fetchMock.mock.calls[1] ?? [];
    expect(path).toBe('/api/minutes');
    expect(JSON.parse(String(init?.body))).toEqual({ meta: { title: 'Collectif', meetingDate: '2013-11-22' } });
  });

  it('rejects with the server error on a non-2xx answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) =>
        path === '/api/me'
          ? jsonResponse(200, { csrfToken: 'jeton' })
          : jsonResponse(400, { error: 'invalid_body', message: 'le titre est obligatoire' }),
      ),
    );
    await expect(createMinutes({ meta: { title: '' } })).rejects.toMatchObject({
      status: 400,
      message: 'le titre est obligatoire',
    });
  });
});
