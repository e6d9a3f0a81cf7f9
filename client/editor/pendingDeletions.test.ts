import { describe, expect, it } from 'vitest';
import { PendingDeletions, subtractRanges } from './pendingDeletions';

const deleteSet = (entries: Array<[number, Array<[clock: number, len: number]>]>) => ({
  clients: new Map(entries.map(([client, items]) => [client, items.map(([clock, len]) => ({ clock, len }))])),
});

describe('subtractRanges', () => {
  it('removes a covering range entirely', () => {
    expect(subtractRanges([{ start: 5, end: 10 }], [{ start: 0, end: 20 }])).toEqual([]);
  });

  it('keeps the parts outside the removal', () => {
    expect(subtractRanges([{ start: 0, end: 10 }], [{ start: 3, end: 6 }])).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 10 },
    ]);
  });

  it('leaves disjoint and adjacent ranges alone', () => {
    expect(subtractRanges([{ start: 0, end: 5 }], [{ start: 5, end: 9 }])).toEqual([{ start: 0, end: 5 }]);
  });

  it('needs the union of several removals to cover a range', () => {
    const ranges = [{ start: 0, end: 10 }];
    expect(subtractRanges(ranges, [{ start: 0, end: 4 }])).toEqual([{ start: 4, end: 10 }]);
    expect(subtractRanges(ranges, [{ start: 0, end: 4 }, { start: 4, end: 10 }])).toEqual([]);
  });
});

describe('PendingDeletions', () => {
  it('is pending until the server confirms every deleted range', () => {
    const pending = new PendingDeletions();
    expect(pending.isEmpty).toBe(true);
    pending.add(deleteSet([[1, [[0, 3]]], [2, [[10, 2]]]]));
    expect(pending.isEmpty).toBe(false);
    pending.acknowledge(deleteSet([[1, [[0, 3]]]]));
    expect(pending.isEmpty).toBe(false);
    pending.acknowledge(deleteSet([[2, [[8, 10]]]]));
    expect(pending.isEmpty).toBe(true);
  });

  it('ignores confirmations for other clocks of the same client', () => {
    const pending = new PendingDeletions();
    pending.add(deleteSet([[1, [[5, 1]]]]));
    pending.acknowledge(deleteSet([[1, [[0, 5], [6, 3]]]]));
    expect(pending.isEmpty).toBe(false);
  });

  it('does not become pending for empty delete sets', () => {
    const pending = new PendingDeletions();
    pending.add(deleteSet([[1, [[4, 0]]]]));
    pending.add(deleteSet([]));
    expect(pending.isEmpty).toBe(true);
  });
});
