/** One person an e-mail goes to: the name shown in the `To:` line and the address. */
export interface MailRecipient {
  name: string;
  email: string;
}

/** A file sent with a message (a compte-rendu in ODT or PDF, for instance). */
export interface MailAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

/** A plain-text e-mail; the sender is the server's (`MAIL_FROM`), never chosen by a request. */
export interface MailMessage {
  to: MailRecipient[];
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/**
 * Sends e-mail. The server has one only when SMTP is configured (`SMTP_URL`): code that mails
 * takes `Mailer | undefined` and says in French that e-mail is not configured when it is absent.
 */
export interface Mailer {
  /** Resolves once the SMTP server accepted the message; rejects when it did not. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): Promise<void>;
}
