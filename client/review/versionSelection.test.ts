import { describe, expect, it } from 'vitest';
import { selectedComparison, toggleSelection } from './versionSelection';

const versions = [
  { id: 'c', createdAt: '2014-02-03T10:00:00Z' },
  { id: 'b', createdAt: '2014-02-02T10:00:00Z' },
  { id: 'a', createdAt: '2014-02-01T10:00:00Z' },
];

describe('version selection', () => {
  it('keeps at most two ticked versions, dropping the first ticked', () => {
    expect(toggleSelection([], 'a')).toEqual(['a']);
    expect(toggleSelection(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleSelection(['a', 'b'], 'c')).toEqual(['b', 'c']);
    expect(toggleSelection(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('W2: compares two ticked versions from the older to the newer, whatever the ticking order', () => {
    expect(selectedComparison(['c', 'a'], versions)).toEqual({ from: 'a', to: 'c' });
    expect(selectedComparison(['a'], versions)).toBeNull();
    expect(selectedComparison(['a', 'gone'], versions)).toBeNull();
  });
});
