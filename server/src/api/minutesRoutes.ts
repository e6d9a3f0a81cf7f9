import { Hono } from 'hono';
import type * as Y from 'yjs';
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
import type { Relay } from '../relay/relay';
import type { CommentStore } from '../storage/commentStore';
import type { AnnexStore } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import { forgetDocumentAnnexes } from '../annexes/forgetDocumentAnnexes';
import { forgetDocumentSendings } from '../sending/keptSendingFiles';
import type { SendingStore } from '../storage/sendingStore';
import type { LetterStore } from '../storage/letterStore';
import { forgetLetters } from '../letters/forgetLetters';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import type { DocumentRecord, Repair } from '../storage/documentStore';
import type { ReviewStore } from '../storage/reviewStore';
import { InvalidContentError, seedMinutes } from '../storage/seedMinutes';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

const NOT_FOUND = 'Ce compte-rendu n’existe pas.';

const toSummary = (record: DocumentRecord): MinutesSummary => ({
  id: record.id,
  meta: { title: record.title, ...(record.meetingDate ? { meetingDate: record.meetingDate } : {}) },
  status: record.status,
  seriesId: record.seriesId,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

const repairDay = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
const count = new Intl.NumberFormat('fr-FR');

/** « Ce compte-rendu a été réparé le 7 décembre 2026 : 3 modifications illisibles ont été mises de côté. » (R26) */
export function repairNotice(repair: Repair): string {
  const day = repairDay.format(new Date(repair.at));
  const what =
    repair.updates === 1
      ? '1 modification illisible a été mise de côté'
      : `${count.format(repair.updates)} modifications illisibles ont été mises de côté`;
  return `Ce compte-rendu a été réparé le ${day} : ${what}.`;
}

/** The header, participants and body of a document, or why the body does not read. */
function readContent(doc: Y.Doc): Pick<MinutesDocument, 'meta' | 'participants' | 'content'> | { unreadable: string } {
  try {
    return { meta: readMeta(doc), participants: readParticipants(doc), content: readBodyContent(doc) };
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
}

const VALIDATED_NOT_DELETED =
  'Ce compte-rendu est validé : il ne peut pas être supprimé. Rouvrez-le d’abord (avec un motif) si sa suppression est vraiment voulue.';

/** `/api/minutes`: list, create, read and delete comptes-rendus, each within the caller's rights. */
export function minutesRoutes(
  deps: AuthDeps & { comments: CommentStore; review: ReviewStore; idempotency: IdempotencyStore; annexes: AnnexStore; blobs: BlobStore; sendings: SendingStore; letters: LetterStore },
  live: LiveAccess & Pick<Relay, 'withDocument'>,
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
    const series = c.req.query('series');
    const records = [...own, ...shared.filter((r): r is DocumentRecord => r !== undefined)]
      .filter((record) => !series || record.seriesId === series)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return c.json<MinutesListResponse>({ minutes: records.map(toSummary) });
  });

  // One submission (a double click, a retry) creates one compte-rendu.
  routes.post('/', requireRole('secretariat'), idempotent(deps.idempotency, 'minutes.create'), async (c) => {
    const { user } = principalOf(c);
    const body = await readJsonBody(c, createMinutesSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    // A series of another collective is as unknown as one that does not exist (M8).
    const series = body.value.seriesId ? await deps.documents.getSeries(body.value.seriesId) : undefined;
    if (body.value.seriesId && series?.collectiveId !== user.collectiveId) {
      return apiError(c, 400, 'unknown_series', 'Cette série de réunions n’existe pas.');
    }
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
    // The record, and so the epoch (R29), is read before the text: a restore between the two
    // leaves the caller with an epoch too old for its text, refused later, never the reverse.
    const { record } = rights;
    if (!record) return apiError(c, 404, 'not_found', NOT_FOUND);
    // Read as the relay holds it: opened as an editor opens it, its log folded and what
    // does not load set aside (R25, R26); the read itself changes nothing (M2).
    const read = await live.withDocument(record.id, readContent);
    if (!read) return apiError(c, 404, 'not_found', NOT_FOUND);
    if ('unreadable' in read.result) {
      logger.error('api.unreadable_document', { doc: record.id, reason: read.result.unreadable });
      return apiError(c, 500, 'unreadable_document', 'Ce compte-rendu contient des éléments que ce serveur ne sait pas lire.');
    }
    const repair = await deps.documents.repairOf(record.id);
    return c.json<MinutesDocument>({
      ...toSummary(record),
      ...read.result,
      access: rights.access === 'none' ? 'read' : rights.access,
      role: rights.role!,
      validation: record.validation && {
        meetingDate: record.validation.meetingDate,
        note: record.validation.note,
        versionId: record.validation.versionId,
        validatedAt: record.validation.validatedAt,
      },
      repaired: repair ? { ...repair, message: repairNotice(repair) } : null,
      epoch: record.epoch,
    });
  });

  routes.delete('/:id', requireRole('coordination'), async (c) => {
    const { user } = principalOf(c);
    const rights = await documentRights(deps, user, c.req.param('id'));
    // Only the owning collective's coordination deletes; a share never grants it.
    if (!rights.record || rights.record.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', NOT_FOUND);
    // Adopted minutes are the collective's record (W14): reopening them is deliberate and leaves a trace.
    if (rights.record.status === 'validated') return apiError(c, 409, 'validated', VALIDATED_NOT_DELETED);
    live.closeDocument(rights.record.id);
    await deps.documents.delete(rights.record.id);
    // What hangs off the document goes with it: its threads, its versions, whose snapshots hold the text, its annex files (N5)
    // and its cover letters (L5).
    await deps.comments.forgetDocument(rights.record.id);
    await deps.review.forgetDocument(rights.record.id);
    await forgetDocumentSendings(deps, rights.record.id);
    await forgetDocumentAnnexes(deps, rights.record.id);
    await forgetLetters(deps, live, rights.record.id);
    await recordAudit(c, deps.audit, user, { action: 'document.deleted', target: rights.record.id, details: { title: rights.record.title } });
    return c.json({ ok: true });
  });

  return routes;
}
