import { Hono } from 'hono';
import { createTokenSchema } from '../../../shared/api/auth';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { LiveAccess } from '../relay/liveAccess';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/** `/api/tokens`: API tokens for scripts; the secret is shown once, at creation. */
export function tokenRoutes(deps: AuthDeps, live: LiveAccess): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.post('/', async (c) => {
    const { user } = principalOf(c);
    const body = await readJsonBody(c, createTokenSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { secret, token } = await deps.credentials.createToken(user.id, body.value.name);
    await recordAudit(c, deps.audit, user, { action: 'token.created', target: token.id, details: { name: token.name } });
    return c.json({ ...token, token: secret }, 201);
  });

  routes.get('/', async (c) => {
    const { user } = principalOf(c);
    return c.json({ tokens: await deps.credentials.listTokens(user.id) });
  });

  routes.delete('/:id', async (c) => {
    const { user } = principalOf(c);
    const id = c.req.param('id');
    if (!(await deps.credentials.revokeToken(user.id, id))) return apiError(c, 404, 'not_found', 'Jeton inconnu.');
    live.closeCredential('token', id);
    await recordAudit(c, deps.audit, user, { action: 'token.revoked', target: id });
    return c.json({ ok: true });
  });

  return routes;
}
