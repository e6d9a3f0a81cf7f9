import type { MeResponse } from '../shared/api/auth';
import type { CreateMinutesResponse, MinutesListResponse, MinutesMeta } from '../shared/api/minutes';
import { E2E_ADMIN } from './serverProcess';

/** A signed-in script: its requests carry the session cookie and the CSRF token. */
interface ApiSession {
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

async function signIn(baseUrl: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  });
  if (!login.ok) throw new Error(`sign-in answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
  const me = (await (await fetch(`${baseUrl}/api/me`, { headers: { cookie } })).json()) as MeResponse;
  return {
    fetch: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { cookie, 'X-CSRF-Token': me.csrfToken ?? '', 'Content-Type': 'application/json', ...init.headers },
      }),
  };
}

/** Creates a compte-rendu through the HTTP API, as a script would. */
export async function createMinutesViaApi(baseUrl: string, meta: MinutesMeta): Promise<string> {
  const session = await signIn(baseUrl);
  const response = await session.fetch('/api/minutes', { method: 'POST', body: JSON.stringify({ meta }) });
  if (response.status !== 201) {
    throw new Error(`POST /api/minutes answered ${response.status}: ${await response.text()}`);
  }
  return ((await response.json()) as CreateMinutesResponse).id;
}

export async function listMinutesViaApi(baseUrl: string): Promise<MinutesListResponse['minutes']> {
  const session = await signIn(baseUrl);
  const response = await session.fetch('/api/minutes');
  if (!response.ok) throw new Error(`GET /api/minutes answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as MinutesListResponse).minutes;
}
