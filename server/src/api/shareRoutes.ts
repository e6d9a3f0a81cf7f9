import { Hono } from 'hono';
import { emailSchema } from '../../../shared/api/auth';
import { atLeast } from '../../../shared/api/roles';
import { type ShareEntry, type ShareListResponse, putShareSchema } from '../../../shared/api/shares';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { LiveAccess } from '../relay/liveAccess';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

const NOT_FOUND = 'Ce compte-rendu n’existe pas.';
const MANAGERS_ONLY = 'Seuls le secrétariat et la coordination du collectif partagent un compte-rendu.';

/**
 * `/api/minutes/:id/shares`: one more address on one compte-rendu, for reading, suggesting
 * or editing it (SPEC A12). Only the secretariat and the coordination of the document's
 * collective share it: they can edit it, the most a share grants, so nobody grants more
 * than they hold. Whether the address has an account is never told: the answer, the
 * audit entry and the list are the same either way.
 */
export function shareRoutes(deps: AuthDeps, live: LiveAccess): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  /** The document, if the caller may see it; `manage` when they may also change its shares. */
  const rightsFor = async (c: Parameters<typeof principalOf>[0]) => {
    const rights = await documentRights(deps, principalOf(c).user, c.req.param('id') ?? '');
    // A share raises a role to `member` at most, so `secretariat` here is the collective's role.
    return { ...rights, manage: rights.role !== undefined && atLeast(rights.role, 'secretariat') };
  };

  routes.get('/', async (c) => {
    const rights = await rightsFor(c);
    if (!rights.record) return apiError(c, 404, 'not_found', NOT_FOUND);
    const { user } = principalOf(c);
    const shares = await deps.accounts.listShares(rights.record.id);
    // A guest of another collective sees only their own share: the others' addresses are
    // the collective's business, not theirs (A12).
    const visible = rights.record.collectiveId === user.collectiveId ? shares : shares.filter(({ email }) => email.toLowerCase() === user.email.toLowerCase());
    return c.json<ShareListResponse>({ shares: visible.map(({ email, access }) => ({ email, access })) });
  });

  routes.put('/', async (c) => {
    const rights = await rightsFor(c);
    if (!rights.record) return apiError(c, 404, 'not_found', NOT_FOUND);
    if (!rights.manage) return apiError(c, 403, 'forbidden', MANAGERS_ONLY);
    const body = await readJsonBody(c, putShareSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { user } = principalOf(c);
    const { email, access } = body.value;
    if (email === user.email.toLowerCase()) {
      return apiError(c, 400, 'self_share', 'Vous ne pouvez pas partager un compte-rendu avec vous-même.');
    }
    // An address without an account gets a share that grants nothing: the secretariat
    // invites the person, then shares again once the account exists.
    const person = await deps.accounts.findUserByEmail(email);
    await deps.accounts.putShare({ documentId: rights.record.id, email, userId: person?.user.id ?? null, access });
    await recordAudit(c, deps.audit, user, { action: 'document.shared', target: rights.record.id, details: { email, access } });
    if (person) await live.recheckUser(person.user.id);
    return c.json<ShareEntry>({ email, access });
  });

  routes.delete('/:email', async (c) => {
    const rights = await rightsFor(c);
    if (!rights.record) return apiError(c, 404, 'not_found', NOT_FOUND);
    if (!rights.manage) return apiError(c, 403, 'forbidden', MANAGERS_ONLY);
    const email = emailSchema.safeParse(c.req.param('email'));
    if (!email.success) return apiError(c, 400, 'invalid_email', 'Adresse e-mail invalide.');
    const removed = await deps.accounts.deleteShare(rights.record.id, email.data);
    await recordAudit(c, deps.audit, principalOf(c).user, { action: 'document.unshared', target: rights.record.id, details: { email: email.data } });
    if (removed?.userId) await live.recheckUser(removed.userId);
    return c.json({ ok: true });
  });

  return routes;
}
