import { signInViaApi } from './api';

/**
 * The coordination account driven by a script: `admin<T>(path, body?, method?)` sends `body`
 * as JSON (POST when there is one, GET otherwise) and answers the parsed JSON. Tests set up
 * what they need this way rather than through the pages they are not about.
 */
export interface ScriptedAdmin {
  <T = unknown>(path: string, body?: unknown, method?: string): Promise<T>;
  /** The server it talks to: what it creates there (associations) is remembered per server. */
  readonly baseUrl: string;
}

export async function scriptedAdmin(baseUrl: string): Promise<ScriptedAdmin> {
  const session = await signInViaApi(baseUrl);
  const call = async <T>(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> => {
    const response = await session.fetch(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    // A failed set-up step should say which one, not surface later as an odd assertion.
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return Object.assign(call, { baseUrl });
}

/** Association ids by server and name: the tests of a file share a server, where an association asked for once already exists. */
const associationIds = new Map<string, string>();

/** The id of the association named `name`, created by the coordination the first time it is asked for. */
export async function associationId(admin: ScriptedAdmin, name: string): Promise<string> {
  const key = `${admin.baseUrl} ${name}`;
  if (!associationIds.has(key)) associationIds.set(key, (await admin<{ id: string }>('/api/associations', { name })).id);
  return associationIds.get(key)!;
}
