import { withTimeout } from '../timing';

const requestTimeoutMs = 10_000;

/**
 * The account a fresh Minutier bootstraps for the benchmark (MINUTIER_ADMIN_*): the
 * harness signs in with it once per server and works with an API token from then on,
 * so every request and every socket goes through the access checks, as in production.
 */
const benchAdmin = { email: 'bench@example.org', password: 'bench-password-not-a-secret' };

export const benchAdminEnv = {
  MINUTIER_ADMIN_EMAIL: benchAdmin.email,
  MINUTIER_ADMIN_PASSWORD: benchAdmin.password,
};

/**
 * Signs in, then creates an API token. Undefined when the server has no login route
 * (a version without access control, measured through BENCH_MINUTIER_ROOT).
 */
export async function obtainApiToken(origin: string): Promise<string | undefined> {
  const login = await request(`http://${origin}/api/auth/login`, { method: 'POST', body: benchAdmin });
  if (login.status === 404) return undefined;
  await expectStatus(login, 200, 'sign-in');
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const me = await request(`http://${origin}/api/me`, { headers: { cookie } });
  await expectStatus(me, 200, 'GET /api/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string | null };
  const created = await request(`http://${origin}/api/tokens`, {
    method: 'POST',
    headers: { cookie, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: { name: 'benchmark' },
  });
  await expectStatus(created, 201, 'POST /api/tokens');
  return ((await created.json()) as { token: string }).token;
}

/** A JSON request with a deadline. */
export function request(
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: unknown },
): Promise<Response> {
  return withTimeout(
    fetch(url, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    requestTimeoutMs,
    `${method} ${url}`,
  );
}

export async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
}
