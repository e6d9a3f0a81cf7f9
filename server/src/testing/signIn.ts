/** A browser-like session: the cookie and CSRF token a signed-in page would hold. */
export interface BrowserSession {
  cookie: string;
  csrfToken: string;
  /** fetch() with the cookie, the CSRF token and a same-origin Origin, as our pages send them. */
  fetch(path: string, init?: { method?: string; body?: unknown; csrf?: boolean; origin?: string }): Promise<Response>;
}

export async function signIn(url: string, email: string, password: string): Promise<BrowserSession> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await (await fetch(`${url}/api/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  const session: BrowserSession = {
    cookie,
    csrfToken: me.csrfToken,
    fetch: (path, init = {}) => {
      const headers: Record<string, string> = { cookie, origin: init.origin ?? url };
      if (init.csrf !== false) headers['x-csrf-token'] = session.csrfToken;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      return fetch(`${url}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    },
  };
  return session;
}

/** Creates an API token through the API, as a person would in their settings. */
export async function createToken(session: BrowserSession, name = 'script'): Promise<string> {
  const response = await session.fetch('/api/tokens', { body: { name } });
  if (response.status !== 201) throw new Error(`token creation failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
