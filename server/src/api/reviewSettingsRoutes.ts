import { Hono } from 'hono';
import { type ReviewSettings, reviewSettingsSchema } from '../../../shared/api/reviewSettings';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { Relay } from '../relay/relay';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/**
 * `/api/settings/review`: the caller's collective's review rules; the coordination changes
 * them. A change re-checks the open connections of the collective's documents in review,
 * so members reconnect with their new access (R20), and tells every open editor of the
 * collective (`settings` event, W10).
 */
export function reviewSettingsRoutes(
  deps: Pick<AuthDeps, 'audit' | 'documents' | 'reviewSettings'>,
  relay: Pick<Relay, 'recheckDocument' | 'notify'>,
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => c.json<ReviewSettings>(await deps.reviewSettings.get(principalOf(c).user.collectiveId)));

  routes.put('/', requireRole('coordination'), async (c) => {
    const body = await readJsonBody(c, reviewSettingsSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { user } = principalOf(c);
    const before = await deps.reviewSettings.get(user.collectiveId);
    await deps.reviewSettings.save(user.collectiveId, body.value);
    await recordAudit(c, deps.audit, user, {
      action: 'settings.review_changed',
      target: user.collectiveId,
      details: { membersSuggestOnlyInReview: body.value.membersSuggestOnlyInReview },
    });
    if (before.membersSuggestOnlyInReview !== body.value.membersSuggestOnlyInReview) {
      const documents = await deps.documents.list(user.collectiveId);
      const inReview = documents.filter((record) => record.status === 'review');
      await Promise.all(inReview.map((record) => relay.recheckDocument(record.id)));
      for (const record of documents) relay.notify(record.id, { type: 'settings' });
    }
    return c.json<ReviewSettings>(body.value);
  });

  return routes;
}
