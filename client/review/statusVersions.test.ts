import { describe, expect, it } from 'vitest';
import { latestStatusVersion } from './statusVersions';

const versions = [
  { id: 'c', kind: 'manual' as const },
  { id: 'b', kind: 'status' as const },
  { id: 'a', kind: 'manual' as const },
];

describe('latestStatusVersion', () => {
  it('W1: finds the newest status change, to notice one made by someone else', () => {
    expect(latestStatusVersion(versions)).toBe('b');
    expect(latestStatusVersion([versions[0]!])).toBeNull();
  });

  it('counts validation and reopening as status changes, restores and manual versions not', () => {
    expect(latestStatusVersion([{ id: 'r', kind: 'restore' }, { id: 'v', kind: 'validation' }])).toBe('v');
    expect(latestStatusVersion([{ id: 'o', kind: 'reopen' }, { id: 'v', kind: 'validation' }])).toBe('o');
  });
});
