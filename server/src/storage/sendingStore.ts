import type { SendingFacts } from '../../../shared/api/sending';

/** One recorded sending of a validated compte-rendu (D4): what went, to whom, by whom, when. */
export interface SendingRecord extends SendingFacts {
  /** Account id of the person who sent it. */
  sentBy: string;
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
