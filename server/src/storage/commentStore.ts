import type { CommentAuthor, CommentMention, CommentThread } from '../../../shared/api/comments';

/** A message as written: its author is the server's account as it was at that moment. */
export interface NewCommentMessage {
  id: string;
  author: CommentAuthor;
  body: string;
  mentions: CommentMention[];
  createdAt: string;
}

export interface NewCommentThread {
  id: string;
  documentId: string;
  quote: string;
  createdAt: string;
}

/** Who closed a thread and when; null reopens it. */
export type CommentResolution = { by: CommentAuthor; at: string } | null;

/**
 * Comment threads of comptes-rendus: server-owned, never in the CRDT (the body only
 * carries each thread's anchor mark). Every call names the document, so a thread id of
 * another document reads as unknown.
 */
export interface CommentStore {
  createThread(thread: NewCommentThread, first: NewCommentMessage): Promise<CommentThread>;
  /** Undefined when the thread is not one of this document's. */
  addReply(documentId: string, threadId: string, message: NewCommentMessage): Promise<CommentThread | undefined>;
  setResolution(documentId: string, threadId: string, resolution: CommentResolution): Promise<CommentThread | undefined>;
  getThread(documentId: string, threadId: string): Promise<CommentThread | undefined>;
  /** Oldest first; the client orders them by their place in the text. */
  listThreads(documentId: string): Promise<CommentThread[]>;
  /** Removes every thread of a deleted document, with its messages. */
  forgetDocument(documentId: string): Promise<void>;
  close(): Promise<void>;
}
