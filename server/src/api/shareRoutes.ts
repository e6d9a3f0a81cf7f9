import { Hono } from 'hono';
import { putShareSchema } from '../../../shared/api/auth';
import { atLeast } from '../../../shared/api/roles';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { LiveAccess } from '../relay/liveAccess';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

const NOT_FOUND = 'Ce compte-rendu n’existe pas.';

/** `/api/minutes/:id/shares`: one more person on one compte-rendu, managed by the secretariat. */
export function shareRoutes(deps: AuthDeps, live: LiveAccess): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  /** The document, if the caller may see it; `manage` when they may also change its shares. */
  const rightsFor = async (c: Parameters<typeof principalOf>[0]) => {
    const rights = await documentRights(deps, principalOf(c).user, c.req.param('id') ?? '');
    return { ...rights, manage: rights.role !== undefined && atLeast(rights.role, 'secretariat') };
  };

  routes.get('/', async (c) => {
    const rights = await rightsFor(c);
    if (!rights.record) return apiError(c, 404, 'not_found', NOT_FOUND);
    const shares = await deps.accounts.listShares(rights.record.id);
    const people = await Promise.all(shares.map((s) => deps.accounts.getUser(s.userId)));
    return c.json({
      shares: shares.map((share, i) => ({ ...share, email: people[i]?.email ?? null, name: people[i]?.name ?? null })),
    });
  });

  routes.put('/', async (c) => {
    const rights = await rightsFor(c);
    if (!rights.record) return apiError(c, 404, 'not_found', NOT_FOUND);
    if (!rights.manage) return apiError(c, 403, 'forbidden', 'Seuls le secrétariat et la coordination partagent un compte-rendu.');
    const body = await readJsonBody(c, putShareSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const person = await deps.accounts.findUserByEmail(body.value.email);
    if (!person) return apiError(c, 404, 'unknown_user', 'Aucun compte avec cette adresse : invitez d’abord cette personne.');
    const share = { documentId: rights.record.id, userId: person.user.id, role: body.value.role };
    await deps.accounts.putShare(share);
    await recordAudit(c, deps.audit, principalOf(c).user, {
      action: 'document.shared',
      target: rights.record.id,
      details: { userId: person.user.id, role: share.role },
    });
    await live.recheckUser(person.user.id);
    return c.json(share);
  });

  routes.delete('/:userId', async (c) => {
    const rights = await rightsFor(c);
    if (!rights.record) return apiError(c, 404, 'not_found', NOT_FOUND);
    if (!rights.manage) return apiError(c, 403, 'forbidden', 'Seuls le secrétariat et la coordination partagent un compte-rendu.');
    const userId = c.req.param('userId');
    await deps.accounts.deleteShare(rights.record.id, userId);
    await recordAudit(c, deps.audit, principalOf(c).user, { action: 'document.unshared', target: rights.record.id, details: { userId } });
    await live.recheckUser(userId);
    return c.json({ ok: true });
  });

  return routes;
}
