import type { MinutesSummary } from '../../../shared/api/minutes';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import { withoutControlCharacters } from '../../../shared/model/singleLineText';
import { ANNEX_LABEL_MAX } from '../../../shared/schema/valueRules';

/** One line the annex label takes as it is: no control character, within the bound (M12). */
export const annexLabelOf = (text: string): string => withoutControlCharacters(text).trim().slice(0, ANNEX_LABEL_MAX);

/**
 * How a compte-rendu is cited as an annex: « Compte-rendu de la réunion du 18 octobre 2013 »,
 * as the collective lists them; its title when it has no meeting date.
 */
export function linkedMinutesLabel(summary: Pick<MinutesSummary, 'meta'>): string {
  const day = summary.meta.meetingDate ? frenchLongDate(summary.meta.meetingDate) : undefined;
  return annexLabelOf(day ? `Compte-rendu de la réunion du ${day}` : summary.meta.title || 'Compte-rendu sans titre');
}
