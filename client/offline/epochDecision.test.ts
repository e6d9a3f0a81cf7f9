import { describe, expect, it } from 'vitest';
import { DELETED_EXPLANATION, VALIDATED_EXPLANATION, aheadOf, decideEpoch } from './epochDecision';

const copy = (epoch: number, unacknowledgedEdits: boolean) => ({ epoch, unacknowledgedEdits });
const draft = (epoch: number) => ({ kind: 'found' as const, epoch, status: 'draft' as const });

describe('decideEpoch (issue 19: never resurrect what the server removed)', () => {
  it('merges a copy of the same epoch, with or without edits typed offline', () => {
    expect(decideEpoch(copy(3, true), draft(3))).toEqual({ action: 'merge' });
    expect(decideEpoch(copy(3, false), draft(3))).toEqual({ action: 'merge' });
  });

  it('never merges a copy from an older epoch: its offline edits are offered as passages', () => {
    expect(decideEpoch(copy(2, true), draft(3))).toEqual({ action: 'stale' });
  });

  it('drops an older copy silently when nothing in it was typed offline', () => {
    expect(decideEpoch(copy(2, false), draft(3))).toEqual({ action: 'discard', explanation: null });
  });

  it('drops the copy of a validated document, explaining it when offline edits are lost', () => {
    const validated = { kind: 'found' as const, epoch: 4, status: 'validated' as const };
    expect(decideEpoch(copy(3, true), validated)).toEqual({ action: 'discard', explanation: VALIDATED_EXPLANATION });
    expect(decideEpoch(copy(4, false), validated)).toEqual({ action: 'discard', explanation: null });
  });

  it('drops the copy of a deleted document, explaining it when offline edits are lost', () => {
    expect(decideEpoch(copy(3, true), { kind: 'deleted' })).toEqual({ action: 'discard', explanation: DELETED_EXPLANATION });
    expect(decideEpoch(copy(3, false), { kind: 'deleted' })).toEqual({ action: 'discard', explanation: null });
  });

  it('explains in French', () => {
    expect(VALIDATED_EXPLANATION).toMatch(/validé/);
    expect(DELETED_EXPLANATION).toMatch(/supprimé/);
  });
});

describe('aheadOf', () => {
  it('finds an operation the acknowledged state vector does not cover, from any client', () => {
    const acknowledged = new Map([[1, 10]]);
    expect(aheadOf(new Map([[1, 10]]), acknowledged)).toBe(false);
    expect(aheadOf(new Map([[1, 11]]), acknowledged)).toBe(true);
    expect(aheadOf(new Map([[1, 10], [2, 1]]), acknowledged)).toBe(true);
    expect(aheadOf(new Map([[1, 4]]), acknowledged)).toBe(false);
  });
});
