import { describe, expect, it } from 'vitest';
import type { ThreadAnchor } from './threadAnchors';
import { threadAtSelection } from './threadAtSelection';

const anchor = (...ranges: Array<[number, number]>): ThreadAnchor => ({
  from: ranges[0]![0],
  to: ranges[ranges.length - 1]![1],
  ranges: ranges.map(([from, to]) => ({ from, to })),
});

const anchors = new Map([
  ['wide', anchor([10, 40])],
  ['inner', anchor([20, 25])],
  ['split', anchor([50, 55], [60, 66])],
  ['resolved', anchor([70, 80])],
]);
const open = new Set(['wide', 'inner', 'split']);

describe('threadAtSelection', () => {
  it('finds the open thread whose words hold the caret or the selection', () => {
    expect(threadAtSelection(anchors, open, 12, 12, null)).toBe('wide');
    expect(threadAtSelection(anchors, open, 62, 64, null)).toBe('split');
    expect(threadAtSelection(anchors, open, 50, 66, null)).toBe('split');
  });

  it('prefers the innermost of overlapping threads, unless another one is already picked', () => {
    expect(threadAtSelection(anchors, open, 22, 22, null)).toBe('inner');
    expect(threadAtSelection(anchors, open, 22, 22, 'wide')).toBe('wide');
  });

  it('keeps a resolved thread picked in the margin while its words are selected', () => {
    expect(threadAtSelection(anchors, open, 70, 80, 'resolved')).toBe('resolved');
  });

  it('finds nothing outside the words, between the pieces of a split anchor, or in a resolved thread', () => {
    expect(threadAtSelection(anchors, open, 5, 5, 'wide')).toBeNull();
    expect(threadAtSelection(anchors, open, 57, 57, null)).toBeNull();
    expect(threadAtSelection(anchors, open, 72, 72, null)).toBeNull();
    expect(threadAtSelection(anchors, open, 35, 45, null)).toBeNull();
  });
});
