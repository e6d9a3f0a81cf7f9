import { z } from 'zod';
import './frenchZodMessages';

/**
 * Comment threads of a compte-rendu (issue 9). A thread's `id` is also the `threadId` of the
 * `comment` mark (`shared/schema/comment.ts`) the client puts on the commented text; the
 * server keeps threads and messages, never the anchor.
 */

export const COMMENT_QUOTE_MAX = 1000;
export const COMMENT_BODY_MAX = 5000;
export const COMMENT_MENTIONS_MAX = 20;

/** Who wrote a message, from the server's account (never from a request body). */
export interface CommentAuthor {
  userId: string;
  name: string;
  /** The association's name, null for an account without one. */
  association: string | null;
}

export interface CommentMention {
  /** Association id in the document's collective. */
  id: string;
  /** Association name, as it was when the message was written. */
  name: string;
}

export interface CommentMessage {
  id: string;
  author: CommentAuthor;
  /** Plain text (may contain newlines); the UI renders it as text, never as HTML. */
  body: string;
  mentions: CommentMention[];
  createdAt: string;
}

export type CommentStatus = 'open' | 'resolved';

export interface CommentThread {
  id: string;
  documentId: string;
  /** The commented text when the thread was opened (may be ''). */
  quote: string;
  status: CommentStatus;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: CommentAuthor | null;
  /** The opening message first, then the replies, oldest first. */
  messages: CommentMessage[];
}

/** `GET /api/minutes/:id/comments` */
export interface CommentThreadsResponse {
  threads: CommentThread[];
}

/** Every write (create, reply, resolve, reopen) answers the whole thread. */
export interface CommentThreadResponse {
  thread: CommentThread;
}

// Control characters other than tab and newline (C0, DEL, C1) carry nothing a reader can see;
// a lone surrogate is not text at all and would not survive storage as UTF-8.
const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Plain text as stored: CRLF/CR → LF, control characters removed, NFC. HTML stays literal text. */
export const plainCommentText = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').normalize('NFC');

const bodySchema = z
  .string()
  .transform((text) => plainCommentText(text).trim())
  .pipe(
    z
      .string()
      .min(1, 'le commentaire est vide')
      .max(COMMENT_BODY_MAX, `le commentaire dépasse ${COMMENT_BODY_MAX} caractères`),
  );

/** Association ids; the server checks they belong to the document's collective (unknown → 400). */
const mentionsSchema = z
  .array(z.string().min(1).max(64))
  .max(COMMENT_MENTIONS_MAX, `au plus ${COMMENT_MENTIONS_MAX} associations mentionnées`)
  .transform((ids) => [...new Set(ids)]);

/** Body of `POST /api/minutes/:id/comments`. */
export const createCommentSchema = z.object({
  quote: z
    .string()
    .transform((text) => plainCommentText(text))
    .pipe(z.string().max(COMMENT_QUOTE_MAX, `le passage cité dépasse ${COMMENT_QUOTE_MAX} caractères`)),
  body: bodySchema,
  mentions: mentionsSchema.default([]),
});
export type CreateCommentRequest = z.input<typeof createCommentSchema>;

/** Body of `POST /api/minutes/:id/comments/:threadId/replies`. */
export const replyCommentSchema = z.object({
  body: bodySchema,
  mentions: mentionsSchema.default([]),
});
export type ReplyCommentRequest = z.input<typeof replyCommentSchema>;
