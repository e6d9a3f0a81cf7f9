import { Hono } from 'hono';
import { type ActionItemRemindersResponse, type ActionItemsResponse, actionItemPatchSchema, actionItemsQuerySchema } from '../../../shared/api/actionItems';
import { exportFormats } from '../../../shared/export/exportFormats';
import { parisDay } from '../actionItems/overdue';
import { contentDisposition } from '../export/contentDisposition';
import type { ExportReply } from '../export/exportJob';
import { sharedExportPool } from '../export/exportPool';
import { EXPORT_RETRY_AFTER_SECONDS, ExportQueue } from '../export/exportQueue';
import { actionItemDocumentOf } from '../actionItems/actionItemDocumentOf';
import { applyActionItemPatch } from '../actionItems/applyActionItemPatch';
import { collectiveActionItems } from '../actionItems/collectiveActionItems';
import { type ReminderDeps, actionItemReminderRoutes } from './actionItemReminderRoutes';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireUser } from '../auth/guards';
import type { Relay } from '../relay/relay';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/** Beyond this the list is too long to read as a document: filter it first. */
const MAX_EXPORTED_ITEMS = 2000;

const PARAMETER_LABELS: Record<string, string> = {
  status: 'statut',
  association: 'association',
  overdue: 'en retard',
  series: 'série',
  from: 'du',
  to: 'au',
  sort: 'tri',
};

type Deps = ReminderDeps;

/**
 * `GET /api/action-items`: the « À suivre » of every compte-rendu the caller may read (SPEC
 * T1, T2), and `PATCH /api/action-items/:documentId/:itemId`, which writes a change into the
 * document holding the item through the relay, with the caller's rights there (T3, T4), and
 * the coordination's reminder e-mails (T7).
 */
export function actionItemRoutes(deps: Deps, relay: Relay): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);
  const associationName = async (associationId: string | null | undefined) =>
    associationId ? ((await deps.accounts.getAssociation(associationId))?.name ?? null) : null;

  routes.get('/', async (c) => {
    const parsed = actionItemsQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = PARAMETER_LABELS[String(issue?.path[0])] ?? 'filtre';
      return apiError(c, 400, 'invalid_query', `Paramètre « ${field} » invalide : ${issue?.message ?? 'valeur refusée'}.`);
    }
    const { user } = principalOf(c);
    const association = await associationName(user.associationId);
    const items = await collectiveActionItems(
      deps.actionItems,
      { collectiveId: user.collectiveId, sharedDocumentIds: await deps.accounts.sharedWith(user.id) },
      parsed.data,
      { association, now: new Date() },
    );
    return c.json<ActionItemsResponse>({ items });
  });

  // Derived on every read from the index, with the same access condition: nothing is stored or sent (T5).
  routes.get('/reminders', async (c) => {
    const { user } = principalOf(c);
    const association = await associationName(user.associationId);
    if (association === null) return c.json<ActionItemRemindersResponse>({ count: 0, association, items: [] });
    const items = await collectiveActionItems(
      deps.actionItems,
      { collectiveId: user.collectiveId, sharedDocumentIds: await deps.accounts.sharedWith(user.id) },
      { status: 'open', overdue: '1', association, sort: 'due' },
      { association, now: new Date() },
    );
    return c.json<ActionItemRemindersResponse>({ count: items.length, association, items });
  });

  // Built and rendered on the export workers, in a bounded line of its own (E1, T6).
  const pool = sharedExportPool();
  const queue = new ExportQueue();
  routes.get('/export', async (c) => {
    const format = c.req.query('format');
    if (format !== 'odt' && format !== 'docx') {
      return apiError(c, 400, 'invalid_query', 'Paramètre « format » invalide : odt ou docx attendu.');
    }
    const parsed = actionItemsQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return apiError(c, 400, 'invalid_query', 'Filtre invalide : corrigez les filtres de la liste avant d’exporter.');
    const { user } = principalOf(c);
    const association = await associationName(user.associationId);
    const now = new Date();
    const items = await collectiveActionItems(
      deps.actionItems,
      { collectiveId: user.collectiveId, sharedDocumentIds: await deps.accounts.sharedWith(user.id) },
      parsed.data,
      { association, now },
    );
    if (items.length > MAX_EXPORTED_ITEMS) {
      return apiError(c, 413, 'too_many_items', `Plus de ${MAX_EXPORTED_ITEMS} points à suivre : filtrez la liste avant de l’exporter.`);
    }
    const collective = (await deps.accounts.getCollective(user.collectiveId))?.name ?? 'Collectif';
    const leave = queue.enter();
    if (!leave) {
      c.header('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      return apiError(c, 503, 'export_busy', `Le serveur prépare déjà ${queue.limit} exports de la liste à la fois. Réessayez dans quelques secondes.`);
    }
    let reply: ExportReply;
    try {
      reply = await pool.render({ kind: 'actionItems', format, items, collective, today: parisDay(now) });
    } finally {
      leave();
    }
    if (!reply.ok) return apiError(c, 500, 'export_failed', 'L’export de la liste a échoué : réessayez.');
    const { contentType, extension } = exportFormats[format];
    return c.body(new Uint8Array(reply.file as Uint8Array), 200, {
      'Content-Type': contentType,
      'Content-Disposition': contentDisposition(`points-a-suivre.${extension}`),
    });
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

  routes.route('/', actionItemReminderRoutes(deps));

  return routes;
}
