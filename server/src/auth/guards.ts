import type { Context, MiddlewareHandler } from 'hono';
import { type Role, atLeast } from '../../../shared/api/roles';
import { apiError } from '../api/apiError';
import type { AppEnv } from '../api/appEnv';
import type { Principal } from './principal';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** 401 without a signed-in user or token. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('principal')) return apiError(c, 401, 'unauthenticated', 'Connectez-vous pour continuer.');
  await next();
};

/** 403 unless the caller's role in their collective is at least `role`. */
export const requireRole =
  (role: Role): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 401, 'unauthenticated', 'Connectez-vous pour continuer.');
    if (!atLeast(principal.user.role, role)) {
      return apiError(c, 403, 'forbidden', 'Votre rôle ne permet pas cette action.');
    }
    await next();
  };

/**
 * Cookie-authenticated writes must carry the session's CSRF token (read from
 * `GET /api/me`) and, when the browser sends one, a same-origin Origin header.
 * Token-authenticated calls carry no ambient credential and need neither.
 */
export const csrfGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const principal = c.get('principal');
  if (UNSAFE.has(c.req.method) && principal?.via.kind === 'session') {
    if (!sameOrigin(c) || c.req.header('x-csrf-token') !== principal.via.csrfToken) {
      return apiError(c, 403, 'csrf', 'Requête refusée (protection CSRF) : rechargez la page.');
    }
  }
  await next();
};

export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/** The principal of a route behind `requireUser`. */
export const principalOf = (c: Context<AppEnv>): Principal => {
  const principal = c.get('principal');
  if (!principal) throw new Error('principalOf used on a route without requireUser');
  return principal;
};
