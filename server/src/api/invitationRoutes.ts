import { Hono } from 'hono';
import { type LinkResponse, acceptInvitationSchema, createInvitationSchema } from '../../../shared/api/auth';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole } from '../auth/guards';
import { linkUrl } from '../auth/linkUrl';
import { createAccount } from '../auth/createAccount';
import { recordAudit } from '../auth/recordAudit';
import { startSession } from '../auth/startSession';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const GONE = 'Cette invitation n’est plus valable : demandez un nouveau lien à la coordination.';

/** `/api/invitations`: the coordination invites someone for an association and a role. */
export function invitationRoutes(deps: AuthDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/', requireRole('coordination'), async (c) => {
    const { user } = principalOf(c);
    const body = await readJsonBody(c, createInvitationSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { associationId, role } = body.value;
    if (associationId) {
      const association = await deps.accounts.getAssociation(associationId);
      if (association?.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', 'Association inconnue.');
    }
    const secret = await deps.credentials.createLink(
      'invitation',
      { collectiveId: user.collectiveId, associationId, role, userId: null, createdBy: user.id },
      INVITATION_TTL_MS,
    );
    await recordAudit(c, deps.audit, user, { action: 'invitation.created', target: associationId, details: { role } });
    return c.json<LinkResponse>(
      { url: linkUrl(c, 'invitation', secret), expiresAt: new Date(Date.now() + INVITATION_TTL_MS).toISOString() },
      201,
    );
  });

  routes.get('/:secret', async (c) => {
    const grant = await deps.credentials.peekLink('invitation', c.req.param('secret'));
    const collective = grant?.collectiveId && (await deps.accounts.getCollective(grant.collectiveId));
    if (!grant || !collective) return apiError(c, 404, 'link_invalid', GONE);
    const association = grant.associationId ? await deps.accounts.getAssociation(grant.associationId) : undefined;
    return c.json({ collective, association: association ?? null, role: grant.role });
  });

  routes.post('/:secret/accept', async (c) => {
    const body = await readJsonBody(c, acceptInvitationSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    // Checked before the link is used up, so a taken address does not burn the invitation.
    if (await deps.accounts.findUserByEmail(body.value.email)) {
      return apiError(c, 409, 'email_taken', 'Cette adresse e-mail a déjà un compte : connectez-vous.');
    }
    const grant = await deps.credentials.consumeLink('invitation', c.req.param('secret'));
    if (!grant?.collectiveId || !grant.role) return apiError(c, 404, 'link_invalid', GONE);
    const user = await createAccount(
      deps.accounts,
      {
        collectiveId: grant.collectiveId,
        associationId: grant.associationId,
        email: body.value.email,
        name: body.value.name,
        role: grant.role,
      },
      body.value.password,
    );
    if (!user) return apiError(c, 409, 'email_taken', 'Cette adresse e-mail a déjà un compte.');
    await startSession(c, deps, user);
    await recordAudit(c, deps.audit, user, { action: 'invitation.accepted', target: user.id, details: { role: user.role } });
    return c.json({ ok: true }, 201);
  });

  return routes;
}
