const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/**
 * « 26 novembre 2013 », « 1er décembre 2013 » from `AAAA-MM-JJ`; undefined when the text is
 * not such a date. Written by hand rather than with Intl so that every export reads the
 * same wherever it is rendered (server, browser, any ICU data).
 */
export function frenchLongDate(isoDay: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}
