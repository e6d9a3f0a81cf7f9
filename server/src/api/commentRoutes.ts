import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  type CommentAuthor,
  type CommentMention,
  type CommentThread,
  type CommentThreadResponse,
  type CommentThreadsResponse,
  createCommentSchema,
  replyCommentSchema,
} from '../../../shared/api/comments';
import type { MinutierEvent } from '../../../shared/protocol/minutierEvent';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { newId } from '../auth/secrets';
import type { DocumentRecord } from '../storage/documentStore';
import type { CommentStore } from '../storage/commentStore';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

export interface CommentDeps extends AuthDeps {
  comments: CommentStore;
  idempotency: IdempotencyStore;
}

/** Where a write is announced to the open editors (the relay). */
export interface CommentNotifier {
  notify(documentId: string, event: MinutierEvent): void;
}

const READER_REFUSED = 'Un lecteur peut lire les commentaires mais pas en écrire.';
const UNKNOWN_THREAD = 'Ce fil de commentaires n’existe pas.';

/**
 * `/api/minutes/:id/comments`: threads anchored in the text, their replies, resolve and
 * reopen. Everyone who reads the document reads its comments; members and up write them.
 * Every write is audited and announced to the editors that opted in to relay events.
 */
export function commentRoutes(deps: CommentDeps, notifier: CommentNotifier): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  /** The document if the caller may write comments on it now, or the answer to send. */
  const writable = async (c: Context<AppEnv>) => {
    const guard = await guardDocument(c, deps, 'member', READER_REFUSED);
    if (!guard.ok) return guard;
    if (guard.doc.record.status === 'validated') {
      return { ok: false as const, response: apiError(c, 409, 'validated', 'Compte-rendu validé : rouvrez-le pour commenter.') };
    }
    return guard;
  };

  /** The signature of a message: the account's name and association, never the request's. */
  const authorOf = async (c: Context<AppEnv>): Promise<CommentAuthor> => {
    const { user } = principalOf(c);
    const association = user.associationId ? await deps.accounts.getAssociation(user.associationId) : undefined;
    return { userId: user.id, name: user.name, association: association?.name ?? null };
  };

  /** Mentions name associations of the document's collective; undefined when one is unknown. */
  const mentionsOf = async (record: DocumentRecord, ids: string[]): Promise<CommentMention[] | undefined> => {
    if (ids.length === 0) return [];
    const byId = new Map((await deps.accounts.listAssociations(record.collectiveId)).map((a) => [a.id, a.name]));
    const mentions = ids.map((id) => ({ id, name: byId.get(id) }));
    return mentions.every((m): m is CommentMention => m.name !== undefined) ? mentions : undefined;
  };

  const written = async (c: Context<AppEnv>, record: DocumentRecord, thread: CommentThread, action: string, status: 200 | 201) => {
    await recordAudit(c, deps.audit, principalOf(c).user, {
      action,
      target: record.id,
      collectiveId: record.collectiveId,
      details: { threadId: thread.id },
    });
    notifier.notify(record.id, { type: 'comments', threadId: thread.id });
    return c.json<CommentThreadResponse>({ thread }, status);
  };

  const unknownMention = (c: Context<AppEnv>) =>
    apiError(c, 400, 'unknown_mention', 'Une association mentionnée n’appartient pas au collectif de ce compte-rendu.');

  routes.get('/', async (c) => {
    const guard = await guardDocument(c, deps, 'reader');
    if (!guard.ok) return guard.response;
    return c.json<CommentThreadsResponse>({ threads: await deps.comments.listThreads(guard.doc.record.id) });
  });

  routes.post('/', idempotent(deps.idempotency, 'comments.create'), async (c) => {
    const guard = await writable(c);
    if (!guard.ok) return guard.response;
    const { record } = guard.doc;
    const body = await readJsonBody(c, createCommentSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const mentions = await mentionsOf(record, body.value.mentions);
    if (!mentions) return unknownMention(c);
    const now = new Date().toISOString();
    const thread = await deps.comments.createThread(
      { id: newId(), documentId: record.id, quote: body.value.quote, createdAt: now },
      { id: newId(), author: await authorOf(c), body: body.value.body, mentions, createdAt: now },
    );
    return written(c, record, thread, 'comment.created', 201);
  });

  routes.post('/:threadId/replies', idempotent(deps.idempotency, 'comments.reply'), async (c) => {
    const guard = await writable(c);
    if (!guard.ok) return guard.response;
    const { record } = guard.doc;
    const body = await readJsonBody(c, replyCommentSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const mentions = await mentionsOf(record, body.value.mentions);
    if (!mentions) return unknownMention(c);
    const message = { id: newId(), author: await authorOf(c), body: body.value.body, mentions, createdAt: new Date().toISOString() };
    const thread = await deps.comments.addReply(record.id, c.req.param('threadId'), message);
    if (!thread) return apiError(c, 404, 'not_found', UNKNOWN_THREAD);
    return written(c, record, thread, 'comment.replied', 201);
  });

  for (const [path, status] of [
    ['resolve', 'resolved'],
    ['reopen', 'open'],
  ] as const) {
    routes.post(`/:threadId/${path}`, async (c) => {
      const guard = await writable(c);
      if (!guard.ok) return guard.response;
      const { record } = guard.doc;
      const current = await deps.comments.getThread(record.id, c.req.param('threadId'));
      if (!current) return apiError(c, 404, 'not_found', UNKNOWN_THREAD);
      // Two people closing the same thread at once: the first one's name stays.
      if (current.status === status) return c.json<CommentThreadResponse>({ thread: current });
      const resolution = status === 'resolved' ? { by: await authorOf(c), at: new Date().toISOString() } : null;
      const thread = await deps.comments.setResolution(record.id, current.id, resolution);
      if (!thread) return apiError(c, 404, 'not_found', UNKNOWN_THREAD);
      return written(c, record, thread, status === 'resolved' ? 'comment.resolved' : 'comment.reopened', 200);
    });
  }

  return routes;
}
