import { formatMeetingDate } from '../../format/formatDate';

/**
 * The due of an « À suivre » box is either a calendar day (`AAAA-MM-JJ`, from the date
 * input) or what the minutes say in words (« d’ici la prochaine réunion »).
 */
export const isIsoDay = (due: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(due);

/** How a due reads: « vendredi 31 janvier 2014 », or the words as written. */
export const dueLabel = (due: string): string => (isIsoDay(due) ? formatMeetingDate(due) : due.trim());
