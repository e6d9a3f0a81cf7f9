import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { CommentMention, CommentThread } from '../../shared/api/comments';
import { ApiRequestError } from '../api/http';
import type { CollaborationSession } from '../editor/collaborationSession';
import { ANCHOR_GONE, flushQueue, type QueuedComment, type StoredComment } from '../offline/commentQueue';
import { metaCommentQueue } from '../offline/commentQueueStore';
import { anchorThread } from './anchorThread';
import * as api from './commentsApi';
import type { PendingRange } from './pendingRange';
import { saveAnchor, savedRange } from './savedAnchor';

export interface CommentQueue {
  /** This document's comments written offline: waiting, or refused (`item.refused`). */
  items: StoredComment[];
  /** Whether a failed send is kept for later (the server could not be reached). */
  keeps(error: unknown): boolean;
  /** Some comment waits: a new one goes behind it, so that they keep their order. */
  waiting: boolean;
  queueThread(range: PendingRange, comment: { quote: string; body: string; mentions: readonly CommentMention[] }, key: string): Promise<void>;
  queueReply(threadId: string, reply: { body: string; mentions: readonly CommentMention[] }, key: string): Promise<void>;
  /** The author has copied a refused comment's text: it can go. */
  dismiss(key: number): Promise<void>;
}

/**
 * Comments written while the server cannot be reached (issue 19): stored in the account's
 * meta database, posted in order each time the relay has synced again (the document is then
 * the server's, so a deleted anchor is seen) or the browser says it is online.
 */
export function useCommentQueue(
  accountId: string | null,
  documentId: string,
  { provider }: CollaborationSession,
  editor: Editor,
  received: (thread: CommentThread) => void,
): CommentQueue {
  const store = useMemo(() => (accountId ? metaCommentQueue(accountId) : null), [accountId]);
  const [items, setItems] = useState<StoredComment[]>([]);
  const flushing = useRef<Promise<void> | null>(null);

  const reload = useCallback(async () => {
    if (store) setItems(await store.list(documentId));
  }, [store, documentId]);

  const send = useCallback(
    async (item: QueuedComment) => {
      if (item.kind === 'reply') {
        received(await api.replyToThread(documentId, item.threadId, item, item.idempotencyKey));
        return { sent: true as const };
      }
      const range = savedRange(editor.state, item.quote, item.anchor);
      if (editor.isDestroyed || !range.resolve(editor.state.doc)) return { refused: ANCHOR_GONE };
      const thread = await api.createThread(documentId, item, item.idempotencyKey);
      anchorThread(editor, range, thread.id);
      received(thread);
      return { sent: true as const };
    },
    [documentId, editor, received],
  );

  const flush = useCallback(async () => {
    // Before the relay's sync the document may still hold text the server deleted meanwhile.
    if (!store || !provider.synced || flushing.current) return;
    flushing.current = flushQueue(store, documentId, send)
      .then(() => undefined, (error: unknown) => console.warn('Queued comments could not be sent', error))
      .finally(() => {
        flushing.current = null;
      });
    await flushing.current;
    await reload();
  }, [store, provider, documentId, send, reload]);

  useEffect(() => {
    void reload().then(flush);
    const onSync = (synced: boolean) => {
      if (synced) void flush();
    };
    const onOnline = () => void flush();
    provider.on('sync', onSync);
    window.addEventListener('online', onOnline);
    return () => {
      provider.off('sync', onSync);
      window.removeEventListener('online', onOnline);
    };
  }, [provider, reload, flush]);

  const add = useCallback(
    async (item: QueuedComment) => {
      if (!store) return;
      await store.add(item);
      await reload();
      void flush();
    },
    [store, reload, flush],
  );

  const queueThread = useCallback<CommentQueue['queueThread']>(
    async (range, comment, key) => {
      const place = range.resolve(editor.state.doc);
      const anchor = place && saveAnchor(editor.state, place.from, place.to);
      const base = { documentId, body: comment.body, mentions: [...comment.mentions], idempotencyKey: key, queuedAt: new Date().toISOString() };
      await add({ ...base, kind: 'thread', quote: comment.quote, anchor: anchor ?? { start: null, end: null }, ...(anchor ? {} : { refused: ANCHOR_GONE }) });
    },
    [add, documentId, editor],
  );

  const queueReply = useCallback<CommentQueue['queueReply']>(
    (threadId, reply, key) =>
      add({ documentId, kind: 'reply', threadId, body: reply.body, mentions: [...reply.mentions], idempotencyKey: key, queuedAt: new Date().toISOString() }),
    [add, documentId],
  );

  const dismiss = useCallback(
    async (key: number) => {
      await store?.remove(key);
      await reload();
    },
    [store, reload],
  );

  const waiting = items.some(({ item }) => item.refused === undefined);
  return useMemo(
    () => ({
      items,
      keeps: (error: unknown) => store !== null && error instanceof ApiRequestError && error.status === 0,
      waiting,
      queueThread,
      queueReply,
      dismiss,
    }),
    [items, store, waiting, queueThread, queueReply, dismiss],
  );
}
