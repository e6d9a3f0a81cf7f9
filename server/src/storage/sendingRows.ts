import type { SendingRecord } from './sendingStore';

/** A row of `sendings`; recipients and files are stored as JSON text. */
export interface SendingRow {
  id: string;
  document_id: string;
  channel: SendingRecord['channel'];
  addressee: string;
  recipients: string;
  files: string;
  letter_id: string | null;
  message_id: string | null;
  sent_by: string;
  sent_at: string;
}

export const sendingOf = (row: SendingRow): SendingRecord => ({
  id: row.id,
  documentId: row.document_id,
  channel: row.channel,
  addressee: row.addressee,
  recipients: JSON.parse(row.recipients) as SendingRecord['recipients'],
  files: JSON.parse(row.files) as SendingRecord['files'],
  letterId: row.letter_id,
  messageId: row.message_id,
  sentBy: row.sent_by,
  sentAt: row.sent_at,
});
