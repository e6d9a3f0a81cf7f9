import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../shared/api/comments';
import type { ThreadAnchor } from './threadAnchors';
import { threadsInOrder } from './threadOrder';

const thread = (id: string, createdAt: string, status: CommentThread['status'] = 'open'): CommentThread => ({
  id,
  documentId: 'doc',
  quote: id,
  status,
  createdAt,
  resolvedAt: null,
  resolvedBy: null,
  messages: [],
});
const at = (from: number, to = from + 3): ThreadAnchor => ({ from, to, ranges: [{ from, to }] });

describe('threadsInOrder', () => {
  it('lists open threads in the order of their text, whatever the order of creation', () => {
    const threads = [thread('late', '2026-12-01T09:00:00Z'), thread('early', '2026-12-01T08:00:00Z')];
    const anchors = new Map([
      ['late', at(5)],
      ['early', at(40)],
    ]);
    expect(threadsInOrder(threads, anchors).open.map((entry) => entry.thread.id)).toEqual(['late', 'early']);
  });

  it('puts threads whose text was deleted last, oldest first, without an anchor', () => {
    const threads = [
      thread('gone-2', '2026-12-01T10:00:00Z'),
      thread('anchored', '2026-12-01T11:00:00Z'),
      thread('gone-1', '2026-12-01T09:00:00Z'),
    ];
    const { open } = threadsInOrder(threads, new Map([['anchored', at(12)]]));
    expect(open.map((entry) => [entry.thread.id, entry.anchor?.from ?? null])).toEqual([
      ['anchored', 12],
      ['gone-1', null],
      ['gone-2', null],
    ]);
  });

  it('keeps resolved threads apart, in the same order', () => {
    const threads = [
      thread('r2', '2026-12-01T08:00:00Z', 'resolved'),
      thread('o1', '2026-12-01T08:00:00Z'),
      thread('r1', '2026-12-01T09:00:00Z', 'resolved'),
    ];
    const result = threadsInOrder(threads, new Map([['r1', at(1)], ['r2', at(9)], ['o1', at(4)]]));
    expect(result.open.map((entry) => entry.thread.id)).toEqual(['o1']);
    expect(result.resolved.map((entry) => entry.thread.id)).toEqual(['r1', 'r2']);
  });

  it('orders threads on the same text by creation', () => {
    const threads = [thread('second', '2026-12-01T09:00:00Z'), thread('first', '2026-12-01T08:00:00Z')];
    const anchors = new Map([['second', at(7)], ['first', at(7)]]);
    expect(threadsInOrder(threads, anchors).open.map((entry) => entry.thread.id)).toEqual(['first', 'second']);
  });
});
