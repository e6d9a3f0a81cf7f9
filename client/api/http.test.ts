import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiRequestError,
  deleteJson,
  errorFromResponse,
  forgetSession,
  getJson,
  patchJson,
  postJson,
  putJson,
  setUnauthenticatedHandler,
} from './http';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const me = (csrfToken: string | null) => ({
  user: { id: 'u', email: 'a@b.fr', name: 'A', role: 'secretariat', associationId: null, associationName: null },
  collective: { id: 'c', name: 'Collectif' },
  csrfToken,
});

type FetchArgs = [path: string, init?: RequestInit];

beforeEach(() => {
  forgetSession();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('errorFromResponse', () => {
  it("keeps the server's French message and error code", async () => {
    const error = await errorFromResponse(
      jsonResponse(404, { error: 'not_found', message: "Ce compte-rendu n'existe pas." }),
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.message).toBe("Ce compte-rendu n'existe pas.");
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
  });

  it('falls back to a French message when the body is not an API error', async () => {
    const error = await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error.message).toBe('Le serveur a répondu par une erreur (502).');
    expect(error.code).toBeUndefined();
  });
});

describe('getJson', () => {
  it('turns an unreachable server into a French error with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    await expect(getJson('/api/minutes')).rejects.toMatchObject({
      status: 0,
      message: 'Impossible de joindre le serveur. Vérifiez votre connexion.',
    });
  });

  it('shows the sign-in message of a 401', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(401, { error: 'unauthenticated', message: 'Connectez-vous pour continuer.' })),
    );
    await expect(getJson('/api/minutes')).rejects.toMatchObject({ status: 401, message: 'Connectez-vous pour continuer.' });
  });
});

describe('postJson', () => {
  it('sends the CSRF token of the session, asked once', async () => {
    const fetchMock = vi.fn(async (path: string, _init?: RequestInit) =>
      path === '/api/me' ? jsonResponse(200, me('jeton-1')) : jsonResponse(201, { id: 'x' }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await postJson('/api/minutes', { a: 1 });
    await postJson('/api/minutes', { a: 2 });
    const calls = fetchMock.mock.calls as FetchArgs[];
    expect(calls.map(([path]) => path)).toEqual(['/api/me', '/api/minutes', '/api/minutes']);
    const [, init] = calls[1] as FetchArgs;
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('jeton-1');
    expect(JSON.parse(String(init?.body))).toEqual({ a: 1 });
  });

  it('asks for a new token and retries once when the server refuses the old one', async () => {
    let token = 'ancien';
    const fetchMock = vi.fn(async (path: string, init?: RequestInit) => {
      if (path === '/api/me') return jsonResponse(200, me(token));
      const sent = (init?.headers as Record<string, string>)['X-CSRF-Token'];
      return sent === 'nouveau'
        ? jsonResponse(201, { id: 'x' })
        : jsonResponse(403, { error: 'csrf', message: 'Requête refusée (protection CSRF) : rechargez la page.' });
    });
    vi.stubGlobal('fetch', fetchMock);
    const pending = postJson<{ id: string }>('/api/minutes', {});
    token = 'nouveau';
    await expect(pending).resolves.toEqual({ id: 'x' });
    expect(fetchMock.mock.calls.filter(([path]) => path === '/api/minutes')).toHaveLength(2);
  });

  it('gives up after one retry', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) =>
        path === '/api/me'
          ? jsonResponse(200, me('t'))
          : jsonResponse(403, { error: 'csrf', message: 'Requête refusée (protection CSRF) : rechargez la page.' }),
      ),
    );
    await expect(postJson('/api/minutes', {})).rejects.toMatchObject({ status: 403, code: 'csrf' });
  });

  it('posts without a token when nobody is signed in (sign-in and invitation pages)', async () => {
    const fetchMock = vi.fn(async (path: string, _init?: RequestInit) =>
      path === '/api/me'
        ? jsonResponse(401, { error: 'unauthenticated', message: 'Connectez-vous pour continuer.' })
        : jsonResponse(200, { ok: true }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await expect(postJson('/api/auth/login', { email: 'a@b.fr' })).resolves.toEqual({ ok: true });
    const [, init] = fetchMock.mock.calls[1] as FetchArgs;
    expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });
});

describe('a lost session', () => {
  afterEach(() => setUnauthenticatedHandler(() => {}));

  it('calls the sign-in redirect on a 401', async () => {
    const redirect = vi.fn();
    setUnauthenticatedHandler(redirect);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(401, { error: 'unauthenticated', message: 'Connectez-vous pour continuer.' })),
    );
    await expect(getJson('/api/minutes')).rejects.toMatchObject({ status: 401 });
    await expect(postJson('/api/minutes', {})).rejects.toMatchObject({ status: 401 });
    expect(redirect).toHaveBeenCalledTimes(2);
  });

  it('leaves a 401 to the caller when asked to (a wrong password)', async () => {
    const redirect = vi.fn();
    setUnauthenticatedHandler(redirect);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) =>
        path === '/api/me'
          ? jsonResponse(401, { error: 'unauthenticated', message: 'Connectez-vous pour continuer.' })
          : jsonResponse(401, { error: 'invalid_credentials', message: 'Adresse e-mail ou mot de passe incorrect.' }),
      ),
    );
    await expect(postJson('/api/auth/login', {}, { redirectOnUnauthenticated: false })).rejects.toMatchObject({
      message: 'Adresse e-mail ou mot de passe incorrect.',
    });
    expect(redirect).not.toHaveBeenCalled();
  });
});

describe('other writes', () => {
  it('sends PUT, PATCH and DELETE with the CSRF token', async () => {
    const fetchMock = vi.fn(async (path: string, _init?: RequestInit) =>
      path === '/api/me' ? jsonResponse(200, me('jeton')) : jsonResponse(200, { ok: true }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await putJson('/api/a', { role: 'reader' });
    await patchJson('/api/b', { disabled: true });
    await deleteJson('/api/c');
    const writes = (fetchMock.mock.calls as FetchArgs[]).filter(([path]) => path !== '/api/me');
    expect(writes.map(([path, init]) => [path, init?.method])).toEqual([
      ['/api/a', 'PUT'],
      ['/api/b', 'PATCH'],
      ['/api/c', 'DELETE'],
    ]);
    for (const [, init] of writes) expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('jeton');
    expect((writes[2] as FetchArgs)[1]?.body).toBeUndefined();
  });

  it('keeps how long to wait after too many attempts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) =>
        path === '/api/me'
          ? jsonResponse(401, {})
          : new Response(JSON.stringify({ error: 'too_many_attempts', message: 'Trop de tentatives.' }), {
              status: 429,
              headers: { 'Retry-After': '600' },
            }),
      ),
    );
    await expect(postJson('/api/auth/login', {})).rejects.toMatchObject({ status: 429, retryAfterSeconds: 600 });
  });
});
