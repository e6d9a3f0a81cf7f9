/** The coordination account a test server process creates at start (MINUTIER_ADMIN_*). */
export const processAdmin = { email: 'coordination@example.org', password: 'mot-de-passe-de-test' };

export const processAdminEnv = { MINUTIER_ADMIN_EMAIL: processAdmin.email, MINUTIER_ADMIN_PASSWORD: processAdmin.password };

/** Signs in as `processAdmin` on `origin` and creates an API token, as a script would. */
export async function adminToken(origin: string): Promise<{ token: string; id: string; cookie: string }> {
  const login = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(processAdmin),
  });
  if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${origin}/api/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  const created = await fetch(`${origin}/api/tokens`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
    body: JSON.stringify({ name: 'tests' }),
  });
  if (created.status !== 201) throw new Error(`POST /api/tokens answered ${created.status}`);
  const { token, id } = (await created.json()) as { token: string; id: string };
  return { token, id, cookie };
}

/** fetch() with a bearer token and a JSON body. */
export function apiCall(origin: string, token: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
