import { Hono } from 'hono';
import { type DiffResponse, type VersionSummary, createVersionSchema, setStatusSchema } from '../../../shared/api/review';
import { diffDocuments } from '../../../shared/review/diffDocuments';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { Relay } from '../relay/relay';
import type { ReviewService } from '../review/reviewService';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import type { ReviewStore } from '../storage/reviewStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

const FROZEN = 'Ce compte-rendu est validé : la coordination doit le rouvrir avant toute modification.';

/**
 * `/api/minutes/:id/status|versions|diff`: the review workflow's history. A status move, a
 * new version and a restore are announced to the open editors (`review` event, W10).
 */
export function versionRoutes(
  deps: AuthDeps & { review: ReviewStore; idempotency: IdempotencyStore },
  service: ReviewService,
  relay: Pick<Relay, 'recheckDocument' | 'notify'>,
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.post('/status', async (c) => {
    const guard = await guardDocument(c, deps, 'secretariat', 'Seuls le secrétariat et la coordination changent le statut.');
    if (!guard.ok) return guard.response;
    const body = await readJsonBody(c, setStatusSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { record } = guard.doc;
    if (record.status === 'validated') return apiError(c, 409, 'validated', FROZEN);
    if (record.status === body.value.status) return c.json({ status: record.status });
    const { user } = principalOf(c);
    await deps.documents.setStatus(record.id, body.value.status, null);
    const label = body.value.status === 'review' ? 'Passage en relecture' : 'Retour en brouillon';
    await service.recordVersion(record.id, label, 'status', user.id);
    // Members may only suggest while in review: open connections reconnect with their new access (R20).
    await relay.recheckDocument(record.id);
    relay.notify(record.id, { type: 'review' });
    await recordAudit(c, deps.audit, user, {
      action: 'document.status_changed',
      target: record.id,
      details: { from: record.status, to: body.value.status },
    });
    return c.json({ status: body.value.status });
  });

  routes.get('/versions', async (c) => {
    const guard = await guardDocument(c, deps, 'reader');
    if (!guard.ok) return guard.response;
    const names = new Map<string, string>();
    const versions = await deps.review.listVersions(guard.doc.record.id);
    for (const id of new Set(versions.map((v) => v.createdBy))) {
      const author = await deps.accounts.getUser(id);
      if (author) names.set(id, author.name);
    }
    return c.json({
      versions: versions.map((v): VersionSummary => ({ ...v, createdByName: names.get(v.createdBy) ?? null })),
    });
  });

  routes.post('/versions', idempotent(deps.idempotency, 'minutes.versions'), async (c) => {
    const guard = await guardDocument(c, deps, 'member');
    if (!guard.ok) return guard.response;
    const body = await readJsonBody(c, createVersionSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const version = await service.recordVersion(guard.doc.record.id, body.value.label, 'manual', principalOf(c).user.id);
    relay.notify(guard.doc.record.id, { type: 'review' });
    return c.json(version, 201);
  });

  routes.get('/versions/:versionId', async (c) => {
    const guard = await guardDocument(c, deps, 'reader');
    if (!guard.ok) return guard.response;
    const version = await service.readVersion(guard.doc.record.id, c.req.param('versionId'));
    if (!version) return apiError(c, 404, 'not_found', 'Cette version n’existe pas.');
    return c.json(version);
  });

  routes.post('/versions/:versionId/restore', idempotent(deps.idempotency, 'minutes.restore'), async (c) => {
    const guard = await guardDocument(c, deps, 'secretariat', 'Seuls le secrétariat et la coordination restaurent une version.');
    if (!guard.ok) return guard.response;
    if (guard.doc.record.status === 'validated') return apiError(c, 409, 'validated', FROZEN);
    const { user } = principalOf(c);
    const restored = await service.restore(guard.doc.record.id, c.req.param('versionId'), user.id);
    if (!restored) return apiError(c, 404, 'not_found', 'Cette version n’existe pas.');
    relay.notify(guard.doc.record.id, { type: 'review' });
    await recordAudit(c, deps.audit, user, { action: 'document.restored', target: guard.doc.record.id, details: { versionId: c.req.param('versionId') } });
    return c.json(restored, 201);
  });

  /** `?from=<version>&to=<version|current>`: what changed, block by block. */
  routes.get('/diff', async (c) => {
    const guard = await guardDocument(c, deps, 'reader');
    if (!guard.ok) return guard.response;
    const id = guard.doc.record.id;
    const read = (versionId: string | undefined) =>
      !versionId || versionId === 'current' ? service.current(id) : service.readVersion(id, versionId);
    const [from, to] = await Promise.all([read(c.req.query('from')), read(c.req.query('to'))]);
    if (!from || !to) return apiError(c, 404, 'not_found', 'Cette version n’existe pas.');
    return c.json<DiffResponse>({
      ...diffDocuments(from.content, to.content),
      from: c.req.query('from') ?? 'current',
      to: c.req.query('to') ?? 'current',
    });
  });

  return routes;
}
