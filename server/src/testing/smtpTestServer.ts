import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the test SMTP server accepted. */
export interface ReceivedMail {
  /** `RCPT TO` addresses: who the message was really delivered to. */
  envelopeTo: string[];
  envelopeFrom: string | null;
  /** The user name the client signed in with, if it did. */
  authUser: string | null;
  parsed: ParsedMail;
}

export interface SmtpTestServer {
  /** `smtp://tests:secret@127.0.0.1:<port>`, for `SMTP_URL`. */
  url: string;
  /** Every message accepted so far, in order. */
  messages: ReceivedMail[];
  /** Resolves once `count` messages have arrived (waits on the condition, never a fixed delay). */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, for tests: plain text (no STARTTLS, so no
 * certificate), any user name and password accepted, each message parsed with mailparser.
 */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'tests' });
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push({
            envelopeTo: session.envelope.rcptTo.map((address) => address.address),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            authUser: typeof session.user === 'string' ? session.user : null,
            parsed,
          });
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });

  return {
    url: `smtp://tests:secret@127.0.0.1:${port}`,
    messages,
    waitForMessages(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} e-mail(s), received ${messages.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
