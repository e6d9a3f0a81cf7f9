import { describe, expect, it } from 'vitest';
import { decisionAnnouncement, decisionsSince, ownDecisionAnnouncement, readDecision } from './decisionPresence';

describe('readDecision', () => {
  it('reads a colleague’s last decision from their presence', () => {
    expect(readDecision({ suggestionDecision: { kind: 'accept', count: 2, serial: 3 } })).toEqual({ kind: 'accept', count: 2, serial: 3 });
  });

  it('ignores what a peer may have written that is no decision', () => {
    for (const value of [undefined, null, 'accept', { kind: 'merge', count: 1, serial: 1 }, { kind: 'reject', count: 0, serial: 1 }, { kind: 'reject', count: 1 }]) {
      expect(readDecision({ suggestionDecision: value })).toBeNull();
    }
    expect(readDecision(null)).toBeNull();
  });
});

describe('decision announcements', () => {
  const who = 'Marie Martin (Hors la Rue)';

  it('names who decided what, in French agreement', () => {
    expect(decisionAnnouncement(who, { kind: 'accept', count: 1 })).toBe('Marie Martin (Hors la Rue) a accepté 1 suggestion.');
    expect(decisionAnnouncement(who, { kind: 'reject', count: 3 })).toBe('Marie Martin (Hors la Rue) a refusé 3 suggestions.');
    expect(decisionAnnouncement(who, { kind: 'withdraw', count: 1 })).toBe('Marie Martin (Hors la Rue) a annulé sa suggestion.');
  });

  it('tells the person who decided what was done', () => {
    expect(ownDecisionAnnouncement('accept', 2)).toBe('2 suggestions acceptées.');
    expect(ownDecisionAnnouncement('reject', 1)).toBe('1 suggestion refusée.');
    expect(ownDecisionAnnouncement('withdraw', 1)).toBe('1 suggestion annulée.');
  });
});

describe('decisionsSince', () => {
  const decided = (serial: number) => ({ suggestionDecision: { kind: 'accept', count: 1, serial } });

  it('finds the decisions made since the last look, a colleague’s first one included', () => {
    const seen = new Map([
      [2, 0],
      [3, 4],
    ]);
    const states = new Map<number, Record<string, unknown>>([
      [1, decided(9)],
      [2, decided(1)],
      [3, decided(4)],
    ]);
    const { made, seen: now } = decisionsSince(seen, states, 1);
    expect(made.map(({ clientId }) => clientId)).toEqual([2]);
    expect([...now]).toEqual([
      [2, 1],
      [3, 4],
    ]);
  });

  it('takes note of a colleague just seen without telling their past decision', () => {
    const { made, seen } = decisionsSince(new Map(), new Map([[5, decided(2)]]), 1);
    expect(made).toEqual([]);
    expect(seen.get(5)).toBe(2);
  });
});
