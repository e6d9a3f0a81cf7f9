import type {
  CommentMention,
  CommentThread,
  CommentThreadResponse,
  CommentThreadsResponse,
} from '../../shared/api/comments';
import { getJson, postJson } from '../api/http';

/** The comment routes of one compte-rendu (`server/src/api/commentRoutes.ts`). */

const commentsPath = (documentId: string) => `/api/minutes/${encodeURIComponent(documentId)}/comments`;
const threadPath = (documentId: string, threadId: string) =>
  `${commentsPath(documentId)}/${encodeURIComponent(threadId)}`;
const mentionIds = (mentions: readonly CommentMention[]) => mentions.map((mention) => mention.id);

export async function listThreads(documentId: string, signal?: AbortSignal): Promise<CommentThread[]> {
  return (await getJson<CommentThreadsResponse>(commentsPath(documentId), signal)).threads;
}

export interface NewComment {
  quote: string;
  body: string;
  mentions: readonly CommentMention[];
}

/** The same `idempotencyKey` again (a double click, a retry) gives the same thread, not a second one (A17). */
export async function createThread(documentId: string, comment: NewComment, idempotencyKey: string): Promise<CommentThread> {
  const request = { quote: comment.quote, body: comment.body, mentions: mentionIds(comment.mentions) };
  return (await postJson<CommentThreadResponse>(commentsPath(documentId), request, { headers: { 'Idempotency-Key': idempotencyKey } })).thread;
}

export async function replyToThread(
  documentId: string,
  threadId: string,
  reply: Omit<NewComment, 'quote'>,
  idempotencyKey: string,
): Promise<CommentThread> {
  const request = { body: reply.body, mentions: mentionIds(reply.mentions) };
  const path = `${threadPath(documentId, threadId)}/replies`;
  return (await postJson<CommentThreadResponse>(path, request, { headers: { 'Idempotency-Key': idempotencyKey } })).thread;
}

export async function setThreadStatus(
  documentId: string,
  threadId: string,
  action: 'resolve' | 'reopen',
): Promise<CommentThread> {
  return (await postJson<CommentThreadResponse>(`${threadPath(documentId, threadId)}/${action}`, {})).thread;
}
