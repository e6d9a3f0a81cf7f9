import { describe, expect, it } from 'vitest';
import { remindersLabel, remindersPath } from './remindersLabel';

describe('« Rappels » label (SPEC T5)', () => {
  it('T5: counts the overdue items, with an accessible name that says what they are', () => {
    expect(remindersLabel(2)).toEqual({ text: '2 rappels', accessibleName: 'Rappels\u00a0: 2 points à suivre en retard' });
    expect(remindersLabel(1)).toEqual({ text: '1 rappel', accessibleName: 'Rappels\u00a0: 1 point à suivre en retard' });
  });

  it('T5: opens the « À suivre » page on the open overdue items of the association', () => {
    const url = new URL(remindersPath('Amicale du Nid & co'), 'http://localhost');
    expect(url.pathname).toBe('/a-suivre');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'open', overdue: '1', association: 'Amicale du Nid & co' });
  });
});
