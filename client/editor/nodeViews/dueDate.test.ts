import { describe, expect, it } from 'vitest';
import { dueLabel, isIsoDay } from './dueDate';

describe('due of an « À suivre » box', () => {
  it('tells a calendar day from words', () => {
    expect(isIsoDay('2014-01-31')).toBe(true);
    expect(isIsoDay('d’ici la prochaine réunion')).toBe(false);
    expect(isIsoDay('31/01/2014')).toBe(false);
  });

  it('reads a day in French and words as written', () => {
    expect(dueLabel('2014-01-31')).toBe('vendredi 31 janvier 2014');
    expect(dueLabel(' la semaine prochaine ')).toBe('la semaine prochaine');
  });
});
