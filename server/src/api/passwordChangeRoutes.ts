import { Hono } from 'hono';
import { type PasswordChangeResponse, WRONG_CURRENT_PASSWORD, passwordChangeSchema } from '../../../shared/api/passwordChange';
import type { AuthDeps } from '../auth/authDeps';
import { clientIp } from '../auth/clientIp';
import { principalOf, requireUser } from '../auth/guards';
import type { LoginAttempts } from '../auth/loginAttempts';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { recordAudit } from '../auth/recordAudit';
import type { LiveAccess } from '../relay/liveAccess';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/**
 * `POST /api/me/password`: the signed-in account changes its own password, proving it knows
 * the current one (A15). Wrong guesses count with failed sign-ins (the same limiter, A7), so
 * a session left open on a shared computer is no way round the sign-in limits. The other
 * sessions end and their relay connections close; the one that asked stays signed in.
 */
export function passwordChangeRoutes(deps: AuthDeps, limiter: LoginAttempts, live: Pick<LiveAccess, 'closeCredential'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/me/password', requireUser, async (c) => {
    const { user, via } = principalOf(c);
    const body = await readJsonBody(c, passwordChangeSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const ip = clientIp(c);
    const wait = await limiter.retryAfter(user.email, ip);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return apiError(c, 429, 'too_many_attempts', 'Trop de tentatives : réessayez dans quelques minutes.');
    }
    const found = await deps.accounts.findUserByEmail(user.email);
    if (!found || !(await verifyPassword(found.passwordHash, body.value.currentPassword))) {
      await limiter.recordFailure(user.email, ip);
      await recordAudit(c, deps.audit, user, { action: 'user.password_change_failed', target: user.id });
      return apiError(c, 403, 'wrong_password', WRONG_CURRENT_PASSWORD);
    }
    await limiter.recordSuccess(user.email, ip);
    await deps.accounts.setPassword(user.id, await hashPassword(body.value.newPassword));
    const kept = via.kind === 'session' ? via.sessionId : undefined;
    const ended = await deps.credentials.deleteSessionsOf(user.id, kept);
    for (const id of ended) live.closeCredential('session', id);
    await recordAudit(c, deps.audit, user, {
      action: 'user.password_changed',
      target: user.id,
      details: { endedSessions: ended.length },
    });
    return c.json<PasswordChangeResponse>({ endedSessions: ended.length });
  });

  return routes;
}
