import type { CommentMention } from '../../shared/api/comments';
import { ApiRequestError } from '../api/http';

/**
 * Comments written while the server cannot be reached (issue 19): kept in order, on disk,
 * and posted on reconnection with the `Idempotency-Key` they were given when written, so a
 * replay after a lost answer creates nothing twice (A17). What the server (or the document)
 * refuses is kept aside with its reason until the author dismisses it, never dropped.
 */

/** Yjs relative positions as JSON: they follow the commented characters across edits. */
export interface SavedAnchor {
  start: unknown;
  end: unknown;
}

interface QueuedBase {
  documentId: string;
  body: string;
  mentions: CommentMention[];
  idempotencyKey: string;
  queuedAt: string;
  /** Set once refused: why, in French, as shown to the author. */
  refused?: string;
}

export interface QueuedThread extends QueuedBase {
  kind: 'thread';
  quote: string;
  anchor: SavedAnchor;
}

export interface QueuedReply extends QueuedBase {
  kind: 'reply';
  threadId: string;
}

export type QueuedComment = QueuedThread | QueuedReply;

/** A queued comment and its key in the store (the order of writing). */
export interface StoredComment {
  key: number;
  item: QueuedComment;
}

export interface CommentQueueStore {
  /** The document's queued comments, oldest first. */
  list(documentId: string): Promise<StoredComment[]>;
  add(item: QueuedComment): Promise<number>;
  put(key: number, item: QueuedComment): Promise<void>;
  remove(key: number): Promise<void>;
}

/** Sends one comment; resolves with a refusal reason, or throws what the request threw. */
export type SendComment = (item: QueuedComment) => Promise<{ refused: string } | { sent: true }>;

export const ANCHOR_GONE =
  'Le passage commenté a été supprimé entre-temps : ce commentaire n’a pas été publié.';

/**
 * Whether a failed send is a refusal (kept aside with this reason) or null when it is
 * worth trying again later: no network, a server error, too many requests, or a lost
 * session (once signed in again, the comment goes).
 */
export function refusalOf(error: unknown): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  const { status } = error;
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return null;
  return error.message;
}

/**
 * Posts the document's waiting comments in the order they were written. Stops at the first
 * one that cannot go now (the later ones wait behind it, so replies keep their order);
 * refused ones are marked and skipped. Returns true when nothing is left to send.
 */
export async function flushQueue(store: CommentQueueStore, documentId: string, send: SendComment): Promise<boolean> {
  for (const { key, item } of await store.list(documentId)) {
    if (item.refused !== undefined) continue;
    let outcome: Awaited<ReturnType<SendComment>>;
    try {
      outcome = await send(item);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === null) return false;
      outcome = { refused: refusal };
    }
    if ('refused' in outcome) await store.put(key, { ...item, refused: outcome.refused });
    else await store.remove(key);
  }
  return true;
}
