import { describe, expect, it } from 'vitest';
import { colleaguesPresent, presenceAnnouncement } from './presenceChanges';

const user = (name: string, association: string) => ({ user: { name, association, color: '#1f6feb' } });

describe('colleaguesPresent', () => {
  it('counts each colleague once, whatever their tabs, and never this person', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, user('Claire Dubois', 'Ensemble')],
      [2, user('Marie Martin', 'Hors la Rue')],
      [3, user('Marie Martin', 'Hors la Rue')],
      [4, user('Claire Dubois', 'Ensemble')],
      [5, {}],
    ]);
    expect([...colleaguesPresent(states, 1, 'Claire Dubois (Ensemble)')]).toEqual(['Marie Martin (Hors la Rue)']);
  });
});

describe('presenceAnnouncement', () => {
  const marie = 'Marie Martin (Hors la Rue)';
  const paul = 'Paul Roux (ECPAT)';
  const ines = 'Inès Haddad (Amicale du Nid)';

  it('says who arrived and who left, in French agreement', () => {
    expect(presenceAnnouncement(new Set(), new Set([marie]))).toBe('Marie Martin (Hors la Rue) a rejoint le document.');
    expect(presenceAnnouncement(new Set([marie, paul]), new Set([ines]))).toBe(
      'Inès Haddad (Amicale du Nid) a rejoint le document. Marie Martin (Hors la Rue) et Paul Roux (ECPAT) ont quitté le document.',
    );
  });

  it('says nothing when the same people are there', () => {
    expect(presenceAnnouncement(new Set([marie]), new Set([marie]))).toBeNull();
  });
});
