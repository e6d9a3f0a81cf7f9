import type { MailSettingsResponse, ReminderPreview, ReminderRequest, ReminderSent } from '../../shared/api/actionItemReminder';
import { getJson, postJson } from '../api/http';

const reminderPath = (documentId: string, itemId: string) =>
  `/api/action-items/${encodeURIComponent(documentId)}/${encodeURIComponent(itemId)}/reminder`;

/** Whether the server can send e-mail at all (`SMTP_URL`). */
export const mailConfigured = async (signal?: AbortSignal): Promise<boolean> =>
  (await getJson<MailSettingsResponse>('/api/settings/mail', signal)).configured;

/** What « Envoyer » would send, and to whom: shown before anything is sent (SPEC T7). */
export const previewReminder = (documentId: string, itemId: string, signal?: AbortSignal): Promise<ReminderPreview> =>
  getJson<ReminderPreview>(reminderPath(documentId, itemId), signal);

/** Sends the reminder; the same `idempotencyKey` again (a double click, a retry) sends it once (A17). */
export const sendReminder = (documentId: string, itemId: string, request: ReminderRequest, idempotencyKey: string): Promise<ReminderSent> =>
  postJson<ReminderSent>(reminderPath(documentId, itemId), request, { headers: { 'Idempotency-Key': idempotencyKey } });

/** « Rappel envoyé à 3 personnes. » */
export const reminderSentMessage = (count: number): string => `Rappel envoyé à ${count} ${count > 1 ? 'personnes' : 'personne'}.`;
