import { z } from 'zod';

/**
 * The plausible range of a date in a compte-rendu (meeting, writing, validation). Minutier keeps
 * the minutes of collectives that work with word processors and e-mail: nothing they write
 * predates 1990, so an earlier year is a typo — most often a two-digit year that a date input
 * turned into 0026 or 1926. Meetings are planned ahead, but not by more than ten years.
 */
export const EARLIEST_YEAR = 1990;
export const YEARS_AHEAD = 10;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `value` is not a plausible `AAAA-MM-JJ` day (French, lower-case), or undefined. */
export function calendarDateProblem(value: string, today: Date = new Date()): string | undefined {
  const parts = ISO_DAY.exec(value);
  if (!parts) return 'date attendue au format AAAA-MM-JJ';
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999: set the year again to check the day itself.
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `le ${value} n’existe pas`;
  }
  if (year < EARLIEST_YEAR) return `année ${year} improbable : la date doit être en ${EARLIEST_YEAR} ou après (l’année s’écrit en quatre chiffres)`;
  const latest = today.getUTCFullYear() + YEARS_AHEAD;
  if (year > latest) return `année ${year} improbable : la date doit être au plus tard en ${latest}`;
  return undefined;
}

/** A plausible day written `AAAA-MM-JJ`. */
export const calendarDateSchema = z.string().superRefine((value, context) => {
  const problem = calendarDateProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
