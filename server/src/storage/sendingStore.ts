import type { SendingChannel, SendingRecipient, SentFile } from '../../../shared/api/sending';

/** One recorded sending of a validated compte-rendu (D4): what went, to whom, by whom, when. */
export interface SendingRecord {
  id: string;
  documentId: string;
  /** `email`: through the server's SMTP; `outside`: handed over or sent outside Minutier. */
  channel: SendingChannel;
  /** Who the compte-rendu is for, as the compte-rendu shows it (« Ministère de l’Intérieur »). */
  addressee: string;
  recipients: SendingRecipient[];
  /** The exact files, with the SHA-256 of the bytes that were sent or offered. */
  files: SentFile[];
  /** The cover letter sent as the first file (L8); null without one, and for sendings recorded before letters. */
  letterId: string | null;
  /** The SMTP `Message-ID`; null for an `outside` sending. */
  messageId: string | null;
  /** Account id of the person who sent it. */
  sentBy: string;
  sentAt: string;
}

/** The sendings of comptes-rendus: server-owned, never in the CRDT; every call names the document. */
export interface SendingStore {
  add(sending: SendingRecord): Promise<void>;
  /** Oldest first. */
  list(documentId: string): Promise<SendingRecord[]>;
  /** Removes the sendings of a deleted document. */
  forgetDocument(documentId: string): Promise<void>;
  close(): Promise<void>;
}
