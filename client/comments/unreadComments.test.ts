import { describe, expect, it } from 'vitest';
import type { CommentMessage, CommentThread } from '../../shared/api/comments';
import { mentionsAssociation, newestMessageAt, unreadComments } from './unreadComments';

const HORS_LA_RUE = 'assoc-hors-la-rue';
const me = { userId: 'u-martina', associationId: HORS_LA_RUE };

let serial = 0;
function message(authorId: string, createdAt: string, mentions: string[] = []): CommentMessage {
  return {
    id: `m${++serial}`,
    author: { userId: authorId, name: authorId, association: null },
    body: 'Texte',
    mentions: mentions.map((id) => ({ id, name: id })),
    createdAt,
  };
}

function thread(...messages: CommentMessage[]): CommentThread {
  return {
    id: `t${++serial}`,
    documentId: 'doc',
    quote: '',
    status: 'open',
    createdAt: messages[0]!.createdAt,
    resolvedAt: null,
    resolvedBy: null,
    messages,
  };
}

describe('unreadComments', () => {
  const threads = [
    thread(message('u-sarah', '2026-12-07T10:00:00.000Z'), message('u-martina', '2026-12-07T10:05:00.000Z')),
    thread(message('u-sarah', '2026-12-07T11:00:00.000Z', [HORS_LA_RUE]), message('u-helene', '2026-12-07T11:30:00.000Z')),
  ];

  it('counts every message by others when the reader never looked', () => {
    expect(unreadComments(threads, null, me)).toEqual({ count: 3, mentions: 1 });
  });

  it('counts only what was written after what the reader saw, replies included', () => {
    expect(unreadComments(threads, '2026-12-07T10:05:00.000Z', me)).toEqual({ count: 2, mentions: 1 });
    expect(unreadComments(threads, '2026-12-07T11:00:00.000Z', me)).toEqual({ count: 1, mentions: 0 });
    expect(unreadComments(threads, '2026-12-07T11:30:00.000Z', me)).toEqual({ count: 0, mentions: 0 });
  });

  it('never counts the reader’s own messages, nor mentions for an account without association', () => {
    expect(unreadComments(threads, null, { userId: 'u-sarah', associationId: null })).toEqual({ count: 2, mentions: 0 });
  });

  it('finds the newest message and the threads that mention an association', () => {
    expect(newestMessageAt(threads)).toBe('2026-12-07T11:30:00.000Z');
    expect(newestMessageAt([])).toBeNull();
    expect(threads.map((t) => mentionsAssociation(t, HORS_LA_RUE))).toEqual([false, true]);
    expect(mentionsAssociation(threads[1]!, null)).toBe(false);
  });
});
