import { createTransport } from 'nodemailer';
import type { Mailer } from './mailer';

export interface SmtpSettings {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string;
  /** The `From:` of every message, e.g. `Minutier <minutier@exemple.org>`. */
  from: string;
}

/** A click waits for the SMTP server: a silent one must not hold the request for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The `Mailer` of a real server: one SMTP connection per message, through nodemailer. */
export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transport = createTransport({ url: settings.url, ...TIMEOUTS }, { from: settings.from });
  return {
    async send(message) {
      const info = await transport.sendMail({
        to: message.to.map((recipient) => ({ name: recipient.name, address: recipient.email })),
        subject: message.subject,
        text: message.text,
        attachments: (message.attachments ?? []).map((attachment) => ({
          filename: attachment.filename,
          content: Buffer.from(attachment.content),
          contentType: attachment.contentType,
        })),
      });
      return { messageId: info.messageId };
    },
    async close() {
      transport.close();
    },
  };
}
