/**
 * French date display. Meeting dates are calendar days (`AAAA-MM-JJ`) with no time zone:
 * they are built as local dates so that nobody west of Greenwich sees the previous day.
 */
export function formatMeetingDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(year, month - 1, day);
  if (date.getMonth() !== month - 1) return isoDay;
  return date.toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A server timestamp (ISO 8601) as « 5 mars 2024 à 15:05 » in the reader's time zone. */
export function formatTimestamp(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone });
  return `${day} à ${time}`;
}

/** A local calendar day as `AAAA-MM-JJ`, the format of meeting dates and of `<input type="date">`. */
export function localIsoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
