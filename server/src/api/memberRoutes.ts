import { Hono } from 'hono';
import { createAssociationSchema, updateUserSchema } from '../../../shared/api/auth';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { signOutEverywhere } from '../auth/signOutEverywhere';
import { newId } from '../auth/secrets';
import type { LiveAccess } from '../relay/liveAccess';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

/** `/api/associations` and `/api/users`: the collective's member associations and accounts. */
export function memberRoutes(deps: AuthDeps & { idempotency: IdempotencyStore }, live: LiveAccess): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/associations', requireUser, async (c) => {
    const { user } = principalOf(c);
    return c.json({ associations: await deps.accounts.listAssociations(user.collectiveId) });
  });

  routes.post('/associations', requireRole('coordination'), idempotent(deps.idempotency, 'associations.create'), async (c) => {
    const { user } = principalOf(c);
    const body = await readJsonBody(c, createAssociationSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const existing = await deps.accounts.listAssociations(user.collectiveId);
    if (existing.some((a) => a.name.toLowerCase() === body.value.name.toLowerCase())) {
      return apiError(c, 409, 'duplicate', 'Cette association existe déjà.');
    }
    const association = { id: newId(), collectiveId: user.collectiveId, name: body.value.name };
    await deps.accounts.createAssociation(association);
    await recordAudit(c, deps.audit, user, { action: 'association.created', target: association.id, details: { name: association.name } });
    return c.json(association, 201);
  });

  routes.get('/users', requireRole('coordination'), async (c) => {
    const { user } = principalOf(c);
    return c.json({ users: await deps.accounts.listUsers(user.collectiveId) });
  });

  routes.patch('/users/:id', requireRole('coordination'), async (c) => {
    const { user } = principalOf(c);
    const body = await readJsonBody(c, updateUserSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const target = await deps.accounts.getUser(c.req.param('id'));
    if (target?.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', 'Compte inconnu.');
    const patch = body.value;
    if (patch.associationId) {
      const association = await deps.accounts.getAssociation(patch.associationId);
      if (association?.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', 'Association inconnue.');
    }
    const losesCoordination = target.role === 'coordination' && ((patch.role && patch.role !== 'coordination') || patch.disabled);
    if (losesCoordination) {
      const coordinators = (await deps.accounts.listUsers(user.collectiveId)).filter(
        (u) => u.role === 'coordination' && !u.disabled,
      );
      if (coordinators.length <= 1) {
        return apiError(c, 409, 'last_coordination', 'Le collectif doit garder au moins un compte de coordination actif.');
      }
    }
    await deps.accounts.updateUser(target.id, patch);
    // Rights first (a disabled account's connections close with 4403, R19), then the
    // credentials, so that none of them works again if the account is re-enabled (A10).
    await live.recheckUser(target.id);
    const revoked = patch.disabled ? await signOutEverywhere(deps.credentials, live, target.id) : undefined;
    await recordAudit(c, deps.audit, user, {
      action: 'user.updated',
      target: target.id,
      // Only what changed: an associationId of null means « removed from its association ».
      details: {
        previousRole: target.role,
        ...patch,
        ...(revoked && { endedSessions: revoked.sessions, revokedTokens: revoked.tokens }),
      },
    });
    return c.json(await deps.accounts.getUser(target.id));
  });

  return routes;
}
