import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../shared/api/comments';
import { anchorArrival } from './anchorArrival';
import type { ThreadAnchor } from './threadAnchors';

const thread = (id: string) => ({ id }) as CommentThread;
const anchored = (...ids: string[]) =>
  new Map<string, ThreadAnchor>(ids.map((id) => [id, { from: 1, to: 2, ranges: [{ from: 1, to: 2 }] }]));

describe('anchorArrival', () => {
  it('takes the threads of the first list as they are: unanchored ones have lost their text', () => {
    const { awaiting } = anchorArrival(null, [thread('gone'), thread('here')], anchored('here'));
    expect([...awaiting]).toEqual([]);
  });

  it('waits for the anchor of a thread that arrived later, until it is seen', () => {
    const first = anchorArrival(null, [thread('a')], anchored('a'));
    const arrived = anchorArrival(first.known, [thread('a'), thread('new')], anchored('a'));
    expect([...arrived.awaiting]).toEqual(['new']);
    const anchoredNow = anchorArrival(arrived.known, [thread('a'), thread('new')], anchored('a', 'new'));
    expect([...anchoredNow.awaiting]).toEqual([]);
    // Its words deleted afterwards: now it is deleted text.
    const deleted = anchorArrival(anchoredNow.known, [thread('a'), thread('new')], anchored('a'));
    expect([...deleted.awaiting]).toEqual([]);
  });
});
