import { Hono } from 'hono';
import {
  type CreateMinutesResponse,
  type MinutesDocument,
  type MinutesListResponse,
  type MinutesSummary,
  createMinutesSchema,
} from '../../../shared/api/minutes';
import { readMeta } from '../../../shared/model/meta';
import { readParticipants } from '../../../shared/model/participants';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { Logger } from '../log';
import type { LiveAccess } from '../relay/liveAccess';
import type { CommentStore } from '../storage/commentStore';
import type { DocumentRecord } from '../storage/documentStore';
import { loadYDoc } from '../storage/loadYDoc';
import type { ReviewStore } from '../storage/reviewStore';
import { InvalidContentError, seedMinutes } from '../storage/seedMinutes';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

const NOT_FOUND = 'Ce compte-rendu n’existe pas.';

const toSummary = (record: DocumentRecord): MinutesSummary => ({
  id: record.id,
  meta: { title: record.title, ...(record.meetingDate ? { meetingDate: record.meetingDate } : {}) },
  status: record.status,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

/** `/api/minutes`: list, create, read and delete comptes-rendus, each within the caller's rights. */
export function minutesRoutes(
  deps: AuthDeps & { comments: CommentStore; review: ReviewStore },
  live: LiveAccess,
  logger: Logger,
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => {
    const { user } = principalOf(c);
    const own = await deps.documents.list(user.collectiveId);
    const ownIds = new Set(own.map((r) => r.id));
    const shared = await Promise.all(
      (await deps.accounts.sharedWith(user.id)).filter((id) => !ownIds.has(id)).map((id) => deps.documents.get(id)),
    );
    const records = [...own, ...shared.filter((r): r is DocumentRecord => r !== undefined)].sort((a, b) =>
      b.updatedAt.localeCompare(a.updatedAt),
    );
    return c.json<MinutesListResponse>({ minutes: records.map(toSummary) });
  });

  routes.post('/', requireRole('secretariat'), async (c) => {
    const { user } = principalOf(c);
    const body = await readJsonBody(c, createMinutesSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    try {
      const id = await seedMinutes(deps.documents, user.collectiveId, body.value);
      logger.info('api.minutes_created', { doc: id });
      await recordAudit(c, deps.audit, user, { action: 'document.created', target: id, details: { title: body.value.meta.title } });
      return c.json<CreateMinutesResponse>({ id }, 201);
    } catch (error) {
      if (!(error instanceof InvalidContentError)) throw error;
      return apiError(c, 400, 'invalid_content', `Contenu refusé : il ne respecte pas le modèle d’un compte-rendu (${error.message}).`);
    }
  });

  routes.get('/:id', async (c) => {
    const { user } = principalOf(c);
    const rights = await documentRights(deps, user, c.req.param('id'));
    const loaded = rights.record && (await loadYDoc(deps.documents, rights.record.id));
    if (!rights.record || !loaded) return apiError(c, 404, 'not_found', NOT_FOUND);
    try {
      return c.json<MinutesDocument>({
        ...toSummary(rights.record),
        meta: readMeta(loaded.doc),
        participants: readParticipants(loaded.doc),
        content: readBodyContent(loaded.doc),
        access: rights.access === 'none' ? 'read' : rights.access,
        role: rights.role!,
        validation: rights.record.validation && {
          meetingDate: rights.record.validation.meetingDate,
          note: rights.record.validation.note,
          versionId: rights.record.validation.versionId,
          validatedAt: rights.record.validation.validatedAt,
        },
      });
    } catch (error) {
      logger.error('api.unreadable_document', { doc: rights.record.id, reason: (error as Error).message });
      return apiError(c, 500, 'unreadable_document', 'Ce compte-rendu contient des éléments que ce serveur ne sait pas lire.');
    } finally {
      loaded.doc.destroy();
    }
  });

  routes.delete('/:id', requireRole('coordination'), async (c) => {
    const { user } = principalOf(c);
    const rights = await documentRights(deps, user, c.req.param('id'));
    // Only the owning collective's coordination deletes; a share never grants it.
    if (!rights.record || rights.record.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', NOT_FOUND);
    live.closeDocument(rights.record.id);
    await deps.documents.delete(rights.record.id);
    // What hangs off the document goes with it: its threads, and its versions, whose snapshots hold the text.
    await deps.comments.forgetDocument(rights.record.id);
    await deps.review.forgetDocument(rights.record.id);
    await recordAudit(c, deps.audit, user, { action: 'document.deleted', target: rights.record.id, details: { title: rights.record.title } });
    return c.json({ ok: true });
  });

  return routes;
}
