const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];
const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/**
 * « 26 novembre 2013 », « 1er décembre 2013 » from `AAAA-MM-JJ`; undefined when the text is
 * not such a date. Written by hand rather than with Intl so that every export reads the
 * same wherever it is rendered (server, browser, any ICU data).
 */
export function frenchLongDate(isoDay: string): string | undefined {
  const parts = dayParts(isoDay);
  return parts && `${parts.day === 1 ? '1er' : parts.day} ${MONTHS[parts.month - 1]} ${parts.year}`;
}

/** « 3 déc. 2026 », as footnotes date a comment; undefined when the text is not `AAAA-MM-JJ`. */
export function frenchShortDate(isoDay: string): string | undefined {
  const parts = dayParts(isoDay);
  return parts && `${parts.day === 1 ? '1er' : parts.day} ${SHORT_MONTHS[parts.month - 1]} ${parts.year}`;
}

function dayParts(isoDay: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}
