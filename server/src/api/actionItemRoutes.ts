import { Hono } from 'hono';
import { type ActionItemsResponse, actionItemPatchSchema, actionItemsQuerySchema } from '../../../shared/api/actionItems';
import { actionItemDocumentOf } from '../actionItems/actionItemDocumentOf';
import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import { applyActionItemPatch } from '../actionItems/applyActionItemPatch';
import { collectiveActionItems } from '../actionItems/collectiveActionItems';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireUser } from '../auth/guards';
import type { Relay } from '../relay/relay';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

const PARAMETER_LABELS: Record<string, string> = {
  status: 'statut',
  association: 'association',
  overdue: 'en retard',
  series: 'série',
  from: 'du',
  to: 'au',
  sort: 'tri',
};

type Deps = Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings'> & { actionItems: ActionItemIndex };

/**
 * `GET /api/action-items`: the « À suivre » of every compte-rendu the caller may read (SPEC
 * T1, T2), and `PATCH /api/action-items/:documentId/:itemId`, which writes a change into the
 * document holding the item through the relay, with the caller's rights there (T3, T4).
 */
export function actionItemRoutes(deps: Deps, relay: Relay): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => {
    const parsed = actionItemsQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = PARAMETER_LABELS[String(issue?.path[0])] ?? 'filtre';
      return apiError(c, 400, 'invalid_query', `Paramètre « ${field} » invalide : ${issue?.message ?? 'valeur refusée'}.`);
    }
    const { user } = principalOf(c);
    const association = user.associationId ? ((await deps.accounts.getAssociation(user.associationId))?.name ?? null) : null;
    const items = await collectiveActionItems(
      deps.actionItems,
      { collectiveId: user.collectiveId, sharedDocumentIds: await deps.accounts.sharedWith(user.id) },
      parsed.data,
      { association, now: new Date() },
    );
    return c.json<ActionItemsResponse>({ items });
  });

  routes.patch('/:documentId/:itemId', async (c) => {
    const body = await readJsonBody(c, actionItemPatchSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_request', body.message);
    const { user } = principalOf(c);
    const documentId = c.req.param('documentId');
    const itemId = c.req.param('itemId');
    const rights = await documentRights(deps, user, documentId);
    if (rights.access === 'none' || !rights.record) return apiError(c, 404, 'not_found', 'Compte-rendu introuvable.');
    if (rights.record.status === 'validated') {
      return apiError(
        c,
        409,
        'document_validated',
        'Ce compte-rendu est validé : ce point n’y est plus modifiable. Préparez le prochain compte-rendu pour y reporter ce point.',
      );
    }
    if (rights.access !== 'write') {
      return apiError(c, 403, 'forbidden', 'Vous ne pouvez pas modifier ce compte-rendu : vos droits permettent seulement de le lire ou d’y proposer des modifications.');
    }
    const record = rights.record;
    const written = await relay.withDocument(documentId, (doc) => {
      if (!applyActionItemPatch(doc, itemId, body.value)) return undefined;
      return actionItemDocumentOf(record, doc);
    });
    if (!written?.result) return apiError(c, 404, 'not_found', 'Point à suivre introuvable dans ce compte-rendu.');
    // The page reads its own write at once; the relay's mirror would catch up a moment later.
    await deps.actionItems.index(written.result);
    return c.json({ documentId, id: itemId });
  });

  return routes;
}
