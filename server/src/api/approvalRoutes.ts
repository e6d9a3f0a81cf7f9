import { Hono } from 'hono';
import { type ApprovalsResponse, approveSchema, reopenSchema, validateSchema } from '../../../shared/api/review';
import type { MinutierEvent } from '../../../shared/protocol/minutierEvent';
import { type ApprovalView, approvalStates } from '../../../shared/review/approvalStates';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { NotUnanimousError } from '../review/notUnanimousError';
import { PendingSuggestionsError } from '../review/pendingSuggestionsError';
import type { ReviewService } from '../review/reviewService';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import type { ReviewStore } from '../storage/reviewStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

/**
 * `/api/minutes/:id/approvals|validate|reopen`: adopting an exact text. Every change is
 * announced to the open editors (`review` event, W10), so their panels follow at once.
 */
export function approvalRoutes(
  deps: AuthDeps & { review: ReviewStore; idempotency: IdempotencyStore },
  service: ReviewService,
  notifier: { notify(documentId: string, event: MinutierEvent): void },
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);
  const associationName = async (id: string) => (await deps.accounts.getAssociation(id))?.name ?? 'l’association';
  const approvalViews = async (documentId: string): Promise<ApprovalView[]> =>
    (await deps.review.listApprovals(documentId)).map((a) => ({
      associationId: a.associationId,
      versionId: a.versionId,
      hash: a.hash,
      approvedAt: a.approvedAt,
      approvedBy: a.userId,
    }));

  routes.get('/approvals', async (c) => {
    const guard = await guardDocument(c, deps, 'reader');
    if (!guard.ok) return guard.response;
    const { record } = guard.doc;
    const current = await service.current(record.id);
    const associations = await deps.accounts.listAssociations(record.collectiveId);
    const approvals = await approvalViews(record.id);
    return c.json<ApprovalsResponse>({
      currentHash: current.hash,
      associations: approvalStates(current.participants, associations, approvals, current.hash),
    });
  });

  // « current » records a version each time: a double click would record two (A17).
  routes.post('/approvals', idempotent(deps.idempotency, 'minutes.approve'), async (c) => {
    const guard = await guardDocument(c, deps, 'member', 'Un lecteur ne peut pas approuver.');
    if (!guard.ok) return guard.response;
    const { record } = guard.doc;
    const { user } = principalOf(c);
    if (record.status !== 'review') {
      return apiError(c, 409, 'not_in_review', 'On approuve un compte-rendu pendant sa relecture seulement.');
    }
    // An approval speaks for an association of the collective: a share never grants it (A12).
    if (user.collectiveId !== record.collectiveId) {
      return apiError(c, 403, 'forbidden', 'Seules les associations du collectif approuvent ce compte-rendu.');
    }
    if (!user.associationId) {
      return apiError(c, 400, 'no_association', 'Votre compte n’est rattaché à aucune association : vous ne pouvez pas approuver en son nom.');
    }
    const body = await readJsonBody(c, approveSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const version =
      body.value.versionId === 'current'
        ? await service.recordVersion(record.id, `Version approuvée par ${await associationName(user.associationId)}`, 'automatic', user.id)
        : (await deps.review.getVersion(record.id, body.value.versionId))?.version;
    if (!version) return apiError(c, 404, 'not_found', 'Cette version n’existe pas.');
    const approval = {
      documentId: record.id,
      associationId: user.associationId,
      versionId: version.id,
      hash: version.hash,
      userId: user.id,
      approvedAt: new Date().toISOString(),
    };
    await deps.review.addApproval(approval);
    // « current » records a version too: both the approvals and the versions list changed.
    notifier.notify(record.id, { type: 'review' });
    await recordAudit(c, deps.audit, user, {
      action: 'document.approved',
      target: record.id,
      details: { associationId: user.associationId, versionId: version.id, hash: version.hash },
    });
    return c.json(approval, 201);
  });

  routes.post('/validate', async (c) => {
    const guard = await guardDocument(c, deps, 'coordination', 'Seule la coordination valide un compte-rendu.');
    if (!guard.ok) return guard.response;
    const { record } = guard.doc;
    if (record.status === 'validated') return apiError(c, 409, 'validated', 'Ce compte-rendu est déjà validé.');
    const body = await readJsonBody(c, validateSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { user } = principalOf(c);
    // Read before the text is captured: an approval given meanwhile only counts on the next try.
    const associations = await deps.accounts.listAssociations(record.collectiveId);
    const approvals = await approvalViews(record.id);
    let validation;
    try {
      validation = await service.validate(
        record.id,
        { meetingDate: body.value.meetingDate, note: body.value.note ?? null, confirmWithoutUnanimity: body.value.confirmWithoutUnanimity ?? false },
        user.id,
        (content, hash) => approvalStates(content.participants, associations, approvals, hash),
      );
    } catch (error) {
      if (error instanceof NotUnanimousError) return apiError(c, 409, 'not_unanimous', notUnanimousMessage(error));
      if (!(error instanceof PendingSuggestionsError)) throw error;
      const many = error.count > 1;
      return apiError(
        c,
        409,
        'pending_suggestions',
        `${error.count} suggestion${many ? 's sont' : ' est'} en attente : acceptez-la${many ? 's' : ''} ou refusez-la${many ? 's' : ''} avant de valider.`,
      );
    }
    await recordAudit(c, deps.audit, user, {
      action: 'document.validated',
      target: record.id,
      details: { meetingDate: validation.meetingDate, versionId: validation.versionId, withoutUnanimity: validation.withoutUnanimity ?? false },
    });
    // Validation closed every connection (4503, W4): this reaches those already back.
    notifier.notify(record.id, { type: 'review' });
    return c.json(validation, 201);
  });

  routes.post('/reopen', async (c) => {
    const guard = await guardDocument(c, deps, 'coordination', 'Seule la coordination rouvre un compte-rendu validé.');
    if (!guard.ok) return guard.response;
    const { record } = guard.doc;
    if (record.status !== 'validated') return apiError(c, 409, 'not_validated', 'Ce compte-rendu n’est pas validé.');
    const body = await readJsonBody(c, reopenSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { user } = principalOf(c);
    await service.reopen(record.id, body.value.reason, user.id);
    await recordAudit(c, deps.audit, user, { action: 'document.reopened', target: record.id, details: { reason: body.value.reason } });
    notifier.notify(record.id, { type: 'review' });
    return c.json({ status: 'draft' });
  });

  return routes;
}

/** « 2 associations n’ont pas approuvé ce texte (A, B) : … » (W11). */
function notUnanimousMessage({ approvals }: NotUnanimousError): string {
  const missing = approvals.filter((row) => row.state !== 'current').map((row) => row.organisation);
  const many = missing.length > 1;
  return (
    `${missing.length} association${many ? 's n’ont' : ' n’a'} pas approuvé ce texte (${missing.join(', ')}) : ` +
    'confirmez valider sans l’accord de toutes les associations.'
  );
}
