import { describe, expect, it } from 'vitest';
import { EARLIEST_YEAR, YEARS_AHEAD, calendarDateProblem, calendarDateSchema } from './calendarDate';

const today = new Date('2026-12-07T10:00:00Z');

describe('calendar dates (A2)', () => {
  it('A2: takes real days from 1990 to ten years ahead', () => {
    for (const day of ['2013-11-22', '1990-01-01', '2024-02-29', `${2026 + YEARS_AHEAD}-12-31`]) {
      expect(calendarDateProblem(day, today), day).toBeUndefined();
    }
  });

  it('A2: refuses an impossible day, in French', () => {
    expect(calendarDateProblem('2014-13-45', today)).toBe('le 2014-13-45 n’existe pas');
    expect(calendarDateProblem('2023-02-29', today)).toBe('le 2023-02-29 n’existe pas');
    expect(calendarDateProblem('2013-11-31', today)).toBe('le 2013-11-31 n’existe pas');
    expect(calendarDateProblem('22/11/2013', today)).toBe('date attendue au format AAAA-MM-JJ');
  });

  it('A2: refuses a two-digit year that a date input made 0026, and a year out of range', () => {
    expect(calendarDateProblem('0026-12-12', today)).toMatch(/^année 26 improbable : la date doit être en 1990 ou après \(l’année s’écrit en quatre chiffres\)$/);
    expect(calendarDateProblem(`${EARLIEST_YEAR - 1}-12-31`, today)).toMatch(/^année 1989 improbable/);
    expect(calendarDateProblem('2037-01-01', today)).toBe('année 2037 improbable : la date doit être au plus tard en 2036');
  });

  it('is a zod schema with the same French messages', () => {
    expect(calendarDateSchema.safeParse('2014-13-45').error?.issues[0]?.message).toBe('le 2014-13-45 n’existe pas');
    expect(calendarDateSchema.safeParse('2013-11-26').success).toBe(true);
  });
});
