import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { principalOf } from '../auth/guards';
import type { IdempotencyScope, IdempotencyStore } from '../storage/idempotencyStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';

/** A short opaque token the client makes per submission (a UUID, or 16 random bytes in base64url). */
const KEY = /^[A-Za-z0-9_-]{16,64}$/;

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Says that the answer is the one given to the first request with this key. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

const INVALID_KEY = 'En-tête Idempotency-Key invalide : un jeton de 16 à 64 caractères (lettres, chiffres, « - » ou « _ ») est attendu.';
const IN_PROGRESS = 'Cette demande est déjà en cours de traitement : patientez un instant, puis rechargez la page.';

/**
 * Makes a create route idempotent for one submission (issue 15): a request carrying the
 * `Idempotency-Key` of an earlier successful one gets that answer again (same status, same
 * body: the same document) instead of creating another. A duplicate arriving while the first
 * still runs waits for it. Failures are not remembered, so a retry after one runs again.
 * Requests without the header behave as before. Goes after the authentication guards.
 */
export function idempotent(store: IdempotencyStore, route: string): MiddlewareHandler<AppEnv> {
  /** Requests of this server still running, by scope: their duplicates wait for them. */
  const running = new Map<string, Promise<void>>();

  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) return next();
    if (!KEY.test(key)) return apiError(c, 400, 'invalid_idempotency_key', INVALID_KEY);
    const scope: IdempotencyScope = { accountId: principalOf(c).user.id, route, key };
    const id = JSON.stringify(scope);

    // Checked and set in one step (no await between): of two duplicates, one runs, the other waits.
    for (let earlier = running.get(id); earlier; earlier = running.get(id)) await earlier;
    let finished!: () => void;
    running.set(id, new Promise<void>((resolve) => (finished = resolve)));
    try {
      const claim = await store.claim(scope);
      if (claim.state === 'answered') {
        const { status, body } = claim.response;
        return c.body(body, status as ContentfulStatusCode, { 'Content-Type': 'application/json; charset=UTF-8', [REPLAYED_HEADER]: 'true' });
      }
      if (claim.state === 'pending') return apiError(c, 409, 'request_in_progress', IN_PROGRESS);
      try {
        await next();
      } catch (error) {
        await store.release(scope);
        throw error;
      }
      const response = c.res;
      if (response.status >= 200 && response.status < 300) {
        await store.complete(scope, { status: response.status, body: await response.clone().text() });
      } else await store.release(scope);
    } finally {
      running.delete(id);
      finished();
    }
  };
}
