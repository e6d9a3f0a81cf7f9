import { describe, expect, it } from 'vitest';
import { frenchList } from './announcerList';

describe('frenchList', () => {
  it('lists names the French way', () => {
    expect(frenchList(['A', 'B', 'C'])).toBe('A, B et C');
    expect(frenchList(['A', 'B'])).toBe('A et B');
    expect(frenchList(['A'])).toBe('A');
    expect(frenchList([])).toBe('');
  });
});
