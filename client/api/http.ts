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

/** Turns an error response into an `ApiRequestError`, preferring the server's own French message. */
export async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isApiError(body)) return new ApiRequestError(body.message, response.status, body.error);
  return new ApiRequestError(`Le serveur a répondu par une erreur (${response.status}).`, response.status);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError('Impossible de joindre le serveur. Vérifiez votre connexion.', 0);
  }
}

/**
 * The session's CSRF token, asked once from `GET /api/me`: the server refuses writes made
 * with the session cookie that do not carry it (`X-CSRF-Token`).
 */
let csrfToken: Promise<string | null> | null = null;

function sessionCsrfToken(): Promise<string | null> {
  csrfToken ??= getJson<MeResponse>('/api/me').then(
    (me) => me.csrfToken,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await send(path, { signal });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}

/** Sends `body` as JSON with the CSRF token; retries once if the session changed meanwhile. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const token = await sessionCsrfToken();
    const response = await send(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { 'X-CSRF-Token': token } : {}) },
      body: JSON.stringify(body),
    });
    if (response.ok) return (await response.json()) as T;
    const error = await errorFromResponse(response);
    if (error.code !== 'csrf' || attempt > 0) throw error;
    csrfToken = null;
  }
}

/** Forgets the cached CSRF token, so that the next write asks for it again. */
export function forgetSession(): void {
  csrfToken = null;
}
