import type { ActionItemView } from '../../../shared/api/actionItems';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import { withGuillemetSpaces } from '../../../shared/text/guillemetSpaces';

export interface ReminderContext {
  /** The coordination account that sends it, named at the end of the message. */
  senderName: string;
  collectiveName: string;
  /** Absolute address of the « À suivre » page, on the host the coordination uses. */
  actionItemsUrl: string;
  /** The coordination's own word, if any. */
  note?: string;
}

/** The compte-rendu the item was first written in (T1), else the one that holds it now. */
export const reminderDocumentTitle = (item: ActionItemView): string => item.origin.title ?? item.document.title ?? 'compte-rendu';

/**
 * The French reminder e-mail for one overdue item (SPEC T7): what is late, who carries it, since
 * when, where it was decided, and where to mark it done. Plain text: read in any mail client.
 */
export function reminderMessage(item: ActionItemView, context: ReminderContext): { subject: string; text: string } {
  const title = reminderDocumentTitle(item);
  const due = frenchLongDate(item.due) ?? item.due;
  const meeting = item.origin.meetingDate ? frenchLongDate(item.origin.meetingDate) : undefined;
  const lines = [
    'Bonjour,',
    '',
    'Ce point à suivre, dont l’échéance est passée, est toujours ouvert :',
    '',
    `« ${item.text || '(point sans texte)'} »`,
    '',
    `Porteurs : ${item.owners.join(', ')}`,
    `Échéance : ${due}`,
    // A title that already says the day (« Réunion du 14 mars 2014 ») is not followed by it again.
    `Issu du compte-rendu : ${title}${meeting && !title.includes(meeting) ? ` (réunion du ${meeting})` : ''}`,
  ];
  if (context.note) lines.push('', 'Message de la coordination :', context.note);
  lines.push(
    '',
    'Pour le consulter, ou le marquer comme fait s’il l’est déjà :',
    context.actionItemsUrl,
    '',
    `${context.senderName}, pour la coordination (${context.collectiveName})`,
    '(rappel envoyé depuis Minutier)',
  );
  return {
    subject: `Rappel : point à suivre en retard — ${title}`,
    text: withGuillemetSpaces(lines.join('\n')),
  };
}
