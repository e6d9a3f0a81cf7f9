import type { LinkResponse, MeResponse } from '../shared/api/auth';
import type { CreateMinutesResponse, MinutesListResponse, MinutesMeta } from '../shared/api/minutes';
import type { Role } from '../shared/api/roles';
import { E2E_ADMIN, type Credentials } from './serverProcess';

/** A signed-in script: its requests carry the session cookie and the CSRF token. */
interface ApiSession {
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export async function signInViaApi(baseUrl: string, credentials: Credentials = E2E_ADMIN): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
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
  const session = await signInViaApi(baseUrl);
  const response = await session.fetch('/api/minutes', { method: 'POST', body: JSON.stringify({ meta }) });
  if (response.status !== 201) {
    throw new Error(`POST /api/minutes answered ${response.status}: ${await response.text()}`);
  }
  return ((await response.json()) as CreateMinutesResponse).id;
}

export async function listMinutesViaApi(baseUrl: string): Promise<MinutesListResponse['minutes']> {
  const session = await signInViaApi(baseUrl);
  const response = await session.fetch('/api/minutes');
  if (!response.ok) throw new Error(`GET /api/minutes answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as MinutesListResponse).minutes;
}

export interface NewAccount extends Credentials {
  name: string;
  role: Role;
}

/**
 * Creates an account the way a person would, but through the API: the coordination
 * invites (no association), the invitee accepts with a name and a password.
 */
export async function createAccountViaApi(baseUrl: string, account: NewAccount): Promise<Credentials> {
  const admin = await signInViaApi(baseUrl);
  const invited = await admin.fetch('/api/invitations', {
    method: 'POST',
    body: JSON.stringify({ associationId: null, role: account.role }),
  });
  if (invited.status !== 201) throw new Error(`POST /api/invitations answered ${invited.status}: ${await invited.text()}`);
  const secret = new URL(((await invited.json()) as LinkResponse).url).pathname.split('/').pop() ?? '';
  const accepted = await fetch(`${baseUrl}/api/invitations/${secret}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: account.name, email: account.email, password: account.password }),
  });
  if (accepted.status !== 201) throw new Error(`accepting the invitation answered ${accepted.status}: ${await accepted.text()}`);
  return { email: account.email, password: account.password };
}
