import { type Context, Hono } from 'hono';
import { MAIL_NOT_CONFIGURED } from '../../../shared/api/actionItemReminder';
import {
  SENDING_MAX_BYTES,
  type SendingChoice,
  type SendingPreview,
  type SendingsResponse,
  type SendingView,
  sendingRequestSchema,
} from '../../../shared/api/sending';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { newId } from '../auth/secrets';
import { sharedExportPool } from '../export/exportPool';
import { EXPORT_RETRY_AFTER_SECONDS, ExportQueue } from '../export/exportQueue';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import { type AttachmentDeps, type AttachmentsOutcome, type SendingAttachment, sendingAttachments } from '../sending/sendingAttachments';
import { sendingChoiceOfQuery } from '../sending/sendingChoiceOfQuery';
import { sendingMessage } from '../sending/sendingMessage';
import { keepSendingFiles } from '../sending/keptSendingFiles';
import { sendingDownload } from '../sending/sendingDownload';
import type { User } from '../storage/accountStore';
import type { DocumentRecord } from '../storage/documentStore';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import type { LetterRecord, LetterStore } from '../storage/letterStore';
import type { SendingRecord, SendingStore } from '../storage/sendingStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

export type SendingDeps = AuthDeps &
  AttachmentDeps & {
    sendings: SendingStore;
    /** The cover letters a sending may carry first (L8). */
    letters: LetterStore;
    idempotency: IdempotencyStore;
    /** Absent when SMTP is not configured: only an `outside` sending can be recorded (D5). */
    mailer?: Mailer;
    logger: Logger;
    /** What one sending may carry in all; 25 Mio unless a test makes it smaller. */
    sendingMaxBytes?: number;
  };

const COORDINATION_ONLY = 'Seule la coordination du collectif peut envoyer ce compte-rendu.';
const NOT_VALIDATED = 'Seul un compte-rendu validé s’envoie.';
const NOT_ITS_LETTER = 'Cette lettre d’envoi n’existe pas, ou n’accompagne pas ce compte-rendu.';

/** A sending ready to go: the document, the sender, the e-mail's words and the files. */
interface Prepared {
  record: DocumentRecord;
  user: User;
  subject: string;
  text: string;
  files: SendingAttachment[];
  letter: LetterRecord | undefined;
}

/**
 * `/api/minutes/:id/sendings` (SPEC D1–D6): the coordination previews, then sends after an
 * explicit confirmation, a validated compte-rendu by e-mail, or records that it was handed
 * over outside Minutier; every sending is recorded with the SHA-256 of each file and audited.
 * The list is for anyone who may read the compte-rendu.
 */
export function sendingRoutes(deps: SendingDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const pool = sharedExportPool();
  const queue = new ExportQueue();
  const maxBytes = deps.sendingMaxBytes ?? SENDING_MAX_BYTES;
  routes.use('*', requireUser);

  async function view(record: SendingRecord): Promise<SendingView> {
    const sender = await deps.accounts.getUser(record.sentBy);
    const { sentBy, ...rest } = record;
    return { ...rest, sentBy: { id: sentBy, name: sender?.name ?? 'compte supprimé' } };
  }

  /** The `:id` document if the caller is its collective's coordination, else the refusal. */
  async function coordinated(c: Context<AppEnv>): Promise<Response | DocumentRecord> {
    const guarded = await guardDocument(c, deps, 'coordination', COORDINATION_ONLY);
    return guarded.ok ? guarded.doc.record : guarded.response;
  }

  /** The files and the message of a validated compte-rendu, or the refusal to answer. */
  async function prepare(c: Context<AppEnv>, record: DocumentRecord, choice: SendingChoice): Promise<Response | Prepared> {
    if (record.status !== 'validated') return apiError(c, 409, 'not_validated', NOT_VALIDATED);
    // Only a letter of this very compte-rendu goes with it (L8).
    const letter = choice.letterId ? await deps.letters.get(choice.letterId) : undefined;
    if (choice.letterId && letter?.minutesId !== record.id) return apiError(c, 404, 'letter_not_found', NOT_ITS_LETTER);
    const leave = queue.enter();
    if (!leave) {
      c.header('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      return apiError(c, 503, 'export_busy', `Le serveur prépare déjà ${queue.limit} exports à la fois. Réessayez dans quelques secondes.`);
    }
    let outcome: AttachmentsOutcome;
    try {
      outcome = await sendingAttachments(deps, pool, record, choice, maxBytes, letter);
    } finally {
      leave();
    }
    if (!outcome.ok) return attachmentsRefusal(c, record, outcome);
    const { user } = principalOf(c);
    const collective = await deps.accounts.getCollective(record.collectiveId);
    const message = sendingMessage(outcome.meta, {
      collectiveName: collective?.name ?? 'collectif',
      senderName: user.name,
      addressee: choice.addressee,
      files: outcome.attachments,
      ...(choice.message ? { message: choice.message } : {}),
    });
    return { record, user, ...message, files: outcome.attachments, letter };
  }

  function attachmentsRefusal(c: Context<AppEnv>, record: DocumentRecord, outcome: Extract<AttachmentsOutcome, { ok: false }>): Response {
    switch (outcome.reason) {
      case 'too_large':
        return apiError(c, 413, 'sending_too_large', outcome.message);
      case 'not_found':
        return apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
      case 'pdf_unavailable':
        return apiError(c, 503, 'pdf_unavailable', outcome.message);
      case 'unreadable':
      case 'failed':
        deps.logger.error('api.sending_export_failed', { doc: record.id, reason: outcome.message });
        return apiError(c, 500, 'export_failed', 'Le compte-rendu n’a pas pu être exporté pour l’envoi. Réessayez, ou choisissez un autre format.');
    }
  }

  routes.get('/', async (c) => {
    const guarded = await guardDocument(c, deps, 'reader');
    if (!guarded.ok) return guarded.response;
    const sendings = await Promise.all((await deps.sendings.list(guarded.doc.record.id)).map(view));
    return c.json<SendingsResponse>({ sendings });
  });

  routes.get('/preview', async (c) => {
    const record = await coordinated(c);
    if (record instanceof Response) return record;
    const choice = sendingChoiceOfQuery(c.req.query());
    if (!choice.ok) return apiError(c, 400, 'invalid_request', choice.message);
    const prepared = await prepare(c, record, choice.value);
    if (prepared instanceof Response) return prepared;
    return c.json<SendingPreview>({
      recipients: choice.value.recipients,
      subject: prepared.subject,
      text: prepared.text,
      attachments: prepared.files.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    });
  });

  routes.get('/:sendingId/download', async (c) => {
    const record = await coordinated(c);
    if (record instanceof Response) return record;
    const sending = (await deps.sendings.list(record.id)).find((candidate) => candidate.id === c.req.param('sendingId'));
    const download = sending?.channel === 'outside' ? await sendingDownload(c, deps.blobs, deps.logger, sending) : undefined;
    return download ?? apiError(c, 404, 'not_found', 'Cet envoi n’a pas de fichiers à télécharger.');
  });

  routes.post('/', idempotent(deps.idempotency, 'minutes.sendings'), async (c) => {
    const found = await coordinated(c);
    if (found instanceof Response) return found;
    const body = await readJsonBody(c, sendingRequestSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_request', body.message);
    const choice = body.value;
    if (found.status !== 'validated') return apiError(c, 409, 'not_validated', NOT_VALIDATED);
    const mailer = deps.mailer;
    if (choice.channel === 'email' && !mailer) return apiError(c, 503, 'mail_not_configured', MAIL_NOT_CONFIGURED);
    const prepared = await prepare(c, found, choice);
    if (prepared instanceof Response) return prepared;
    const { record, user, subject, text, files, letter } = prepared;

    let messageId: string | null = null;
    if (choice.channel === 'email' && mailer) {
      try {
        const sent = await mailer.send({
          to: choice.recipients.map((recipient) => ({ name: recipient.name ?? '', email: recipient.email })),
          subject,
          text,
          attachments: files.map((file) => ({ filename: file.name, content: file.content, contentType: file.contentType })),
        });
        messageId = sent.messageId;
      } catch (error) {
        deps.logger.error('mail.sending_failed', { doc: record.id, reason: String(error) });
        return apiError(c, 502, 'mail_failed', 'Le serveur de messagerie n’a pas accepté le message : rien n’a été envoyé ni enregistré. Réessayez plus tard.');
      }
    }
    const sending: SendingRecord = {
      id: newId(),
      documentId: record.id,
      channel: choice.channel,
      addressee: choice.addressee,
      recipients: choice.recipients,
      files: files.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
      letterId: letter?.id ?? null,
      messageId,
      sentBy: user.id,
      sentAt: new Date().toISOString(),
    };
    // Kept before the record, so a recorded outside sending always has its files to download.
    if (sending.channel === 'outside') await keepSendingFiles(deps.blobs, sending, files);
    await deps.sendings.add(sending);
    await recordAudit(c, deps.audit, user, {
      action: 'document.sent',
      target: record.id,
      collectiveId: record.collectiveId,
      details: {
        sendingId: sending.id,
        channel: sending.channel,
        addressee: sending.addressee,
        recipients: sending.recipients.length,
        profile: choice.profile,
        format: choice.format,
        ...(letter ? { letterId: letter.id } : {}),
        // Flat, as audit details are: each file with the SHA-256 of the bytes sent.
        files: sending.files.map((file) => `${file.name} (sha256 ${file.sha256})`).join(' ; '),
      },
    });
    deps.logger.info('api.document_sent', { doc: record.id, channel: sending.channel, files: files.length });
    return c.json<SendingView>(await view(sending), 201);
  });

  return routes;
}
