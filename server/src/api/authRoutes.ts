import { Hono } from 'hono';
import { type MeResponse, loginSchema } from '../../../shared/api/auth';
import type { AuthDeps } from '../auth/authDeps';
import { clientIp } from '../auth/clientIp';
import { principalOf, requireUser } from '../auth/guards';
import type { LoginAttempts } from '../auth/loginAttempts';
import { decoyHash, verifyPassword } from '../auth/passwords';
import { recordAudit } from '../auth/recordAudit';
import { clearSessionCookie } from '../auth/sessionCookie';
import { startSession } from '../auth/startSession';
import type { Logger } from '../log';
import type { LiveAccess } from '../relay/liveAccess';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/** `/api/auth/*` and `/api/me`: signing in and out, and who I am. */
export function authRoutes(deps: AuthDeps, limiter: LoginAttempts, live: LiveAccess, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/auth/login', async (c) => {
    const body = await readJsonBody(c, loginSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { email, password } = body.value;
    const ip = clientIp(c);
    const wait = await limiter.retryAfter(email, ip);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      logger.warn('auth.login_limited', { ip });
      return apiError(c, 429, 'too_many_attempts', 'Trop de tentatives de connexion : réessayez dans quelques minutes.');
    }
    const found = await deps.accounts.findUserByEmail(email);
    const valid = await verifyPassword(found?.passwordHash ?? (await decoyHash()), password);
    if (!found || !valid || found.user.disabled) {
      await limiter.recordFailure(email, ip);
      await recordAudit(c, deps.audit, null, {
        action: 'auth.login_failed',
        target: email,
        collectiveId: found?.user.collectiveId ?? null,
      });
      return apiError(c, 401, 'invalid_credentials', 'Adresse e-mail ou mot de passe incorrect.');
    }
    await limiter.recordSuccess(email, ip);
    await startSession(c, deps, found.user);
    await recordAudit(c, deps.audit, found.user, { action: 'auth.login', target: found.user.id });
    return c.json({ ok: true });
  });

  routes.post('/auth/logout', requireUser, async (c) => {
    const principal = principalOf(c);
    if (principal.via.kind === 'session') {
      await deps.credentials.deleteSession(principal.via.sessionId);
      live.closeCredential('session', principal.via.sessionId);
    }
    clearSessionCookie(c);
    await recordAudit(c, deps.audit, principal.user, { action: 'auth.logout', target: principal.user.id });
    return c.json({ ok: true });
  });

  routes.get('/me', requireUser, async (c) => {
    const { user, via } = principalOf(c);
    const collective = await deps.accounts.getCollective(user.collectiveId);
    const association = user.associationId ? await deps.accounts.getAssociation(user.associationId) : undefined;
    return c.json<MeResponse>({
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        associationId: user.associationId,
        associationName: association?.name ?? null,
      },
      collective: { id: user.collectiveId, name: collective?.name ?? '' },
      csrfToken: via.kind === 'session' ? via.csrfToken : null,
    });
  });

  return routes;
}
