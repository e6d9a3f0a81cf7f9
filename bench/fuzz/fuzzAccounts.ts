import type { Role } from '../../shared/api/roles';
import { expectStatus, request } from '../targets/minutierAccess';

let accounts = 0;

/**
 * A new account of `role` with an API token, made the way a person joins: the
 * coordination (`adminToken`) invites, the invitation is accepted (which signs in), and
 * the session creates a token. The relay holds an account off a document after a few
 * refused updates, so the fuzzer needs many.
 */
export async function createFuzzAccount(baseUrl: string, adminToken: string, role: Role): Promise<string> {
  const n = ++accounts;
  const invited = await request(`${baseUrl}/api/invitations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}` },
    body: { associationId: null, role },
  });
  await expectStatus(invited, 201, 'POST /api/invitations');
  const secret = new URL(((await invited.json()) as { url: string }).url).pathname.split('/').pop()!;
  const accepted = await request(`${baseUrl}/api/invitations/${secret}/accept`, {
    method: 'POST',
    body: { name: `Intrus ${n} (${role})`, email: `intrus${n}@example.org`, password: 'fuzz-password-not-a-secret' },
  });
  await expectStatus(accepted, 201, 'accepting an invitation');
  const cookie = accepted.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const me = await request(`${baseUrl}/api/me`, { headers: { cookie } });
  await expectStatus(me, 200, 'GET /api/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const created = await request(`${baseUrl}/api/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken },
    body: { name: 'fuzz' },
  });
  await expectStatus(created, 201, 'POST /api/tokens');
  return ((await created.json()) as { token: string }).token;
}

/** Creates a compte-rendu as the coordination and returns its id. */
export async function createFuzzDocument(baseUrl: string, adminToken: string, title: string): Promise<string> {
  const response = await request(`${baseUrl}/api/minutes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}` },
    body: { meta: { title } },
  });
  await expectStatus(response, 201, 'POST /api/minutes');
  return ((await response.json()) as { id: string }).id;
}
