import type { SentFile } from '../../../shared/api/sending';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import type { MinutesMeta } from '../../../shared/model/meta';
import { withGuillemetSpaces } from '../../../shared/text/guillemetSpaces';

export interface SendingMessageContext {
  collectiveName: string;
  /** The coordination account that sends it, named at the end of the message. */
  senderName: string;
  /** Who the compte-rendu is for (« Ministère de l’Intérieur »). */
  addressee: string;
  files: SentFile[];
  /** The coordination's own word, if any. */
  message?: string;
}

/**
 * The French e-mail that carries a validated compte-rendu (D2): « Compte-rendu de la réunion du
 * … — <collectif> », a short text that lists the attached files, and the coordination's word.
 */
export function sendingMessage(meta: Pick<MinutesMeta, 'meetingDate' | 'title'>, context: SendingMessageContext): { subject: string; text: string } {
  const day = meta.meetingDate ? frenchLongDate(meta.meetingDate) : undefined;
  const what = day ? `Compte-rendu de la réunion du ${day}` : `Compte-rendu « ${meta.title || 'sans titre'} »`;
  const lines = [
    'Madame, Monsieur,',
    '',
    `Veuillez trouver ci-joint le compte-rendu validé de la réunion${day ? ` du ${day}` : ` « ${meta.title || 'sans titre'} »`}, à l’attention de : ${context.addressee}.`,
  ];
  if (context.message) lines.push('', context.message);
  lines.push('', context.files.length > 1 ? 'Pièces jointes :' : 'Pièce jointe :', ...context.files.map((file) => `- ${file.name}`));
  lines.push('', `${context.senderName}, pour la coordination (${context.collectiveName})`, '(envoyé depuis Minutier)');
  return { subject: `${what} — ${context.collectiveName}`, text: withGuillemetSpaces(lines.join('\n')) };
}
