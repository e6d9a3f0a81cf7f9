const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Paris, `AAAA-MM-JJ`: the collectives meet and plan in French time. */
export const parisDay = (now: Date): string => PARIS_DAY.format(now);

/**
 * An item is late when it is still open and its due day has passed in Paris (SPEC T2): derived
 * on every read, never stored nor set by hand. A due date in words (« d’ici la prochaine
 * réunion ») is never late: there is no day to compare.
 */
export const isOverdue = (item: { status: 'open' | 'done'; due: string }, today: string): boolean =>
  item.status === 'open' && ISO_DAY.test(item.due) && item.due < today;
