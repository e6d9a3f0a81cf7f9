import { z } from 'zod';
import './frenchZodMessages';

/** Why nothing can be sent: the server has no SMTP (`SMTP_URL`) configured. */
export const MAIL_NOT_CONFIGURED = 'L’envoi d’e-mails n’est pas configuré sur ce serveur (SMTP_URL).';

/** The longest word the coordination may add to a reminder e-mail. */
export const REMINDER_NOTE_MAX = 2000;

/**
 * `POST /api/action-items/:documentId/:itemId/reminder` (SPEC T7): nothing is sent without
 * `confirm: true`, which only the confirmation dialog sends.
 */
export const reminderRequestSchema = z.strictObject({
  confirm: z.literal(true, 'confirmez l’envoi du rappel'),
  /** A word of the coordination, added to the message. */
  note: z.string().trim().max(REMINDER_NOTE_MAX, `${REMINDER_NOTE_MAX} caractères au plus`).optional(),
});
export type ReminderRequest = z.infer<typeof reminderRequestSchema>;

export interface ReminderRecipient {
  name: string;
  email: string;
}

/** `GET` of the same path: what « Envoyer » would send, for the confirmation dialog. */
export interface ReminderPreview {
  recipients: ReminderRecipient[];
  subject: string;
  text: string;
}

/** The answer of a reminder that was sent. */
export interface ReminderSent {
  recipients: ReminderRecipient[];
  sentAt: string;
}

/** `GET /api/settings/mail`: whether this server can send e-mail at all (`SMTP_URL`). */
export interface MailSettingsResponse {
  configured: boolean;
}
