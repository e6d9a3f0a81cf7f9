import { z } from 'zod';
import { DOCUMENT_ID_PATTERN } from './minutes';
import './frenchZodMessages';

/** How many people one sending may go to (D2). */
export const SENDING_MAX_RECIPIENTS = 20;
/** The longest word the coordination may add to the e-mail. */
export const SENDING_MESSAGE_MAX = 4000;
export const SENDING_ADDRESSEE_MAX = 200;
/** What one e-mail may carry in all: most mail servers refuse more (D3). */
export const SENDING_MAX_BYTES = 25 * 1024 * 1024;

export const SENDING_CHANNELS = ['email', 'outside'] as const;
export type SendingChannel = (typeof SENDING_CHANNELS)[number];
export const SENDING_FORMATS = ['pdf', 'odt', 'docx'] as const;
export type SendingFormat = (typeof SENDING_FORMATS)[number];

export const sendingRecipientSchema = z.strictObject({
  email: z.email('adresse e-mail invalide').max(254),
  name: z
    .string()
    .trim()
    .max(200)
    .regex(/^[^\r\n]*$/, 'un nom tient sur une ligne')
    .optional(),
});
export type SendingRecipient = z.infer<typeof sendingRecipientSchema>;

const choiceShape = {
  channel: z.enum(SENDING_CHANNELS),
  recipients: z.array(sendingRecipientSchema).max(SENDING_MAX_RECIPIENTS, `${SENDING_MAX_RECIPIENTS} destinataires au plus`).default([]),
  addressee: z
    .string()
    .trim()
    .min(1, 'indiquez à qui le compte-rendu est envoyé')
    .max(SENDING_ADDRESSEE_MAX)
    .regex(/^[^\r\n]*$/, 'le destinataire tient sur une ligne'),
  profile: z.enum(['external', 'internal']),
  format: z.enum(SENDING_FORMATS),
  withAnnexes: z.boolean().optional(),
  message: z.string().trim().max(SENDING_MESSAGE_MAX, `${SENDING_MESSAGE_MAX} caractères au plus`).optional(),
  /** A cover letter of this compte-rendu, sent as the first attachment in the same format (D3, L8). */
  letterId: z.string().regex(DOCUMENT_ID_PATTERN, 'lettre d’envoi inconnue').optional(),
};

type ChoiceFields = { channel: SendingChannel; recipients: unknown[]; profile: string; withAnnexes?: boolean | undefined };

/** The rules between fields, shared by the preview and the sending. */
function withChoiceRules<T extends z.ZodType<ChoiceFields>>(schema: T) {
  return schema
    .refine((choice) => choice.channel !== 'email' || choice.recipients.length > 0, {
      message: 'indiquez au moins une adresse e-mail',
      path: ['recipients'],
    })
    .refine((choice) => !choice.withAnnexes || choice.profile === 'internal', {
      message: 'la version externe ne comprend jamais les annexes',
      path: ['withAnnexes'],
    });
}

/** What is sent, to whom and how: the preview takes exactly these (D1, D2). */
export const sendingChoiceSchema = withChoiceRules(z.strictObject(choiceShape));
export type SendingChoice = z.infer<typeof sendingChoiceSchema>;

/** `POST /api/minutes/:id/sendings`: nothing is sent nor recorded without `confirm: true` (D1). */
export const sendingRequestSchema = withChoiceRules(
  z.strictObject({
    ...choiceShape,
    confirm: z.literal(true, 'confirmez l’envoi après avoir vérifié les destinataires et les pièces jointes'),
  }),
);
export type SendingRequest = z.infer<typeof sendingRequestSchema>;

/** One file of a sending, as sent: its name, size in bytes and hex SHA-256. */
export interface SentFile {
  name: string;
  size: number;
  sha256: string;
}

/** `GET /api/minutes/:id/sendings/preview`: exactly what « Envoyer » would send. */
export interface SendingPreview {
  recipients: SendingRecipient[];
  subject: string;
  text: string;
  attachments: SentFile[];
}

/** What a sending record holds and shows alike (D4). */
export interface SendingFacts {
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
  sentAt: string;
}

/** One recorded sending, as the list and the POST answer give it. */
export interface SendingView extends SendingFacts {
  sentBy: { id: string; name: string };
}

export interface SendingsResponse {
  sendings: SendingView[];
}
