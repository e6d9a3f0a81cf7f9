import type { MeResponse } from '../../shared/api/auth';
import type { ApiError } from '../../shared/api/minutes';

/** A failed API call, carrying a French message the UI can show as is. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    /** The server's machine-readable error code, when it sent one. */
    readonly code?: string,
    /** From `Retry-After` (429): how long before trying again is worth it. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiError).message === 'string' &&
    typeof (body as ApiError).error === 'string'
  );
}

function retryAfterOf(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** Turns an error response into an `ApiRequestError`, preferring the server's own French message. */
export async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const retryAfter = retryAfterOf(response);
  if (isApiError(body)) return new ApiRequestError(body.message, response.status, body.error, retryAfter);
  return new ApiRequestError(`Le serveur a répondu par une erreur (${response.status}).`, response.status, undefined, retryAfter);
}

/** What to do when the API says nobody is signed in; the app sends the user to `/connexion`. */
let onUnauthenticated: () => void = () => {};

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Set to false where a 401 is an answer rather than a lost session (a wrong password on
   * the sign-in page): the caller shows it instead of being sent to the sign-in page.
   */
  redirectOnUnauthenticated?: boolean;
  /** More request headers (an `Idempotency-Key`). */
  headers?: Record<string, string>;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError('Impossible de joindre le serveur. Vérifiez votre connexion.', 0);
  }
}

/** Resolves with a 2xx response, or rejects with its `ApiRequestError` (after redirecting on 401). */
async function ensureOk(response: Response, options: RequestOptions): Promise<Response> {
  if (response.ok) return response;
  const error = await errorFromResponse(response);
  if (error.status === 401 && options.redirectOnUnauthenticated !== false) onUnauthenticated();
  throw error;
}

/**
 * The session's CSRF token, asked once from `GET /api/me`: the server refuses writes made
 * with the session cookie that do not carry it (`X-CSRF-Token`). Null when nobody is
 * signed in (the sign-in and invitation pages write without a session).
 */
let csrfToken: Promise<string | null> | null = null;

function sessionCsrfToken(): Promise<string | null> {
  csrfToken ??= send('/api/me', {}).then(
    async (response) => {
      if (response.status === 401) return null;
      if (!response.ok) throw await errorFromResponse(response);
      return ((await response.json()) as MeResponse).csrfToken;
    },
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

/**
 * Sends a write with the CSRF token, asking for a new token and retrying once when the
 * server refuses it (the session changed since the token was read).
 */
export async function sendWithCsrf(
  sendOnce: (headers: Record<string, string>) => Promise<Response>,
  options: RequestOptions = {},
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const token = await sessionCsrfToken();
    const response = await sendOnce(token ? { 'X-CSRF-Token': token } : {});
    if (response.ok) return response;
    const error = await errorFromResponse(response.clone());
    if (error.code === 'csrf' && attempt === 0) {
      csrfToken = null;
      continue;
    }
    return ensureOk(response, options);
  }
}

export async function getJson<T>(path: string, signalOrOptions?: AbortSignal | RequestOptions): Promise<T> {
  const options = signalOrOptions instanceof AbortSignal ? { signal: signalOrOptions } : (signalOrOptions ?? {});
  const response = await ensureOk(await send(path, { signal: options.signal }), options);
  return (await response.json()) as T;
}

async function writeJson<T>(method: string, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const response = await sendWithCsrf(
    (headers) =>
      send(path, {
        method,
        headers: { ...options.headers, ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      }),
    options,
  );
  return (await response.json()) as T;
}

/** Sends `body` as JSON with the CSRF token. */
export function postJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return writeJson<T>('POST', path, body, options);
}

export function putJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return writeJson<T>('PUT', path, body, options);
}

export function patchJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return writeJson<T>('PATCH', path, body, options);
}

export function deleteJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return writeJson<T>('DELETE', path, undefined, options);
}

/** Forgets the cached CSRF token, so that the next write asks for it again (after signing in or out). */
export function forgetSession(): void {
  csrfToken = null;
}
