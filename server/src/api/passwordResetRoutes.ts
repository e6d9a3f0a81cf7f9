import { Hono } from 'hono';
import { type LinkResponse, resetPasswordSchema } from '../../../shared/api/auth';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole } from '../auth/guards';
import { linkUrl } from '../auth/linkUrl';
import { hashPassword } from '../auth/passwords';
import { recordAudit } from '../auth/recordAudit';
import { signOutEverywhere } from '../auth/signOutEverywhere';
import type { LiveAccess } from '../relay/liveAccess';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

const RESET_TTL_MS = 24 * 60 * 60 * 1000;
const GONE = 'Ce lien de réinitialisation n’est plus valable : demandez-en un nouveau à la coordination.';

/**
 * Password resets without a mail server: the coordination generates a link and hands
 * it over; using it sets a new password, ends every session and revokes every API token (A10).
 */
export function passwordResetRoutes(deps: AuthDeps, live: LiveAccess): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/users/:id/password-reset', requireRole('coordination'), async (c) => {
    const { user } = principalOf(c);
    const target = await deps.accounts.getUser(c.req.param('id'));
    if (target?.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', 'Compte inconnu.');
    const secret = await deps.credentials.createLink(
      'reset',
      { collectiveId: target.collectiveId, associationId: null, role: null, userId: target.id, createdBy: user.id },
      RESET_TTL_MS,
    );
    await recordAudit(c, deps.audit, user, { action: 'user.password_reset_link', target: target.id });
    return c.json<LinkResponse>(
      { url: linkUrl(c, 'reset', secret), expiresAt: new Date(Date.now() + RESET_TTL_MS).toISOString() },
      201,
    );
  });

  routes.get('/password-resets/:secret', async (c) => {
    const grant = await deps.credentials.peekLink('reset', c.req.param('secret'));
    const target = grant?.userId ? await deps.accounts.getUser(grant.userId) : undefined;
    if (!target) return apiError(c, 404, 'link_invalid', GONE);
    return c.json({ email: target.email, name: target.name });
  });

  routes.post('/password-resets/:secret', async (c) => {
    const body = await readJsonBody(c, resetPasswordSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const grant = await deps.credentials.consumeLink('reset', c.req.param('secret'));
    const target = grant?.userId ? await deps.accounts.getUser(grant.userId) : undefined;
    if (!target) return apiError(c, 404, 'link_invalid', GONE);
    await deps.accounts.setPassword(target.id, await hashPassword(body.value.password));
    const revoked = await signOutEverywhere(deps.credentials, live, target.id);
    await recordAudit(c, deps.audit, target, {
      action: 'user.password_reset',
      target: target.id,
      details: { endedSessions: revoked.sessions, revokedTokens: revoked.tokens },
    });
    return c.json({ ok: true });
  });

  return routes;
}
