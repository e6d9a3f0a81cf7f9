import { type Context, Hono } from 'hono';
import { type ActionItemView, actionItemsQuerySchema } from '../../../shared/api/actionItems';
import {
  MAIL_NOT_CONFIGURED,
  type ReminderPreview,
  type ReminderRecipient,
  type ReminderSent,
  reminderRequestSchema,
} from '../../../shared/api/actionItemReminder';
import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import { collectiveActionItems } from '../actionItems/collectiveActionItems';
import { reminderDocumentTitle, reminderMessage } from '../actionItems/reminderMessage';
import { reminderRecipients } from '../actionItems/reminderRecipients';
import { ReminderThrottle } from '../actionItems/reminderThrottle';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import type { User } from '../storage/accountStore';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

export type ReminderDeps = Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings' | 'audit'> & {
  actionItems: ActionItemIndex;
  idempotency: IdempotencyStore;
  /** Absent when SMTP is not configured: nothing can be sent (T7). */
  mailer?: Mailer;
  logger: Logger;
};

/** The client's « À suivre » page, open overdue items only: where the e-mail sends its readers. */
const OVERDUE_PAGE = '/a-suivre?status=open&overdue=1';
const AUDITED_TEXT_LENGTH = 200;
const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

/** On the host the coordination is using, as one-time links are (behind a proxy too). */
function pageUrl(c: Context, path: string): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto') ?? url.protocol.replace(':', '');
  const host = c.req.header('host') ?? url.host;
  return `${proto}://${host}${path}`;
}

interface ReminderTarget {
  user: User;
  item: ActionItemView;
  recipients: ReminderRecipient[];
}

/**
 * `GET` and `POST /api/action-items/:documentId/:itemId/reminder` (SPEC T7): the coordination
 * previews, then sends after an explicit confirmation, a reminder e-mail about an overdue item
 * to the members of its owner associations. At most one per item per hour; audited.
 */
export function actionItemReminderRoutes(deps: ReminderDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const throttle = new ReminderThrottle();

  /** The coordination's right on the document, as a refusal or nothing. */
  async function refusal(c: Context<AppEnv>, user: User, documentId: string): Promise<Response | undefined> {
    const rights = await documentRights(deps, user, documentId);
    if (rights.access === 'none' || !rights.record) return apiError(c, 404, 'not_found', 'Compte-rendu introuvable.');
    // A share never makes anyone coordination of the document's collective (R18, A12).
    if (rights.record.collectiveId !== user.collectiveId || user.role !== 'coordination') {
      return apiError(c, 403, 'forbidden', 'Seule la coordination peut envoyer un rappel par e-mail.');
    }
    return undefined;
  }

  /** The open, overdue item this document holds and whom it would be sent to, or why not. */
  async function target(c: Context<AppEnv>, user: User, documentId: string, itemId: string): Promise<Response | ReminderTarget> {
    const items = await collectiveActionItems(
      deps.actionItems,
      { collectiveId: user.collectiveId, sharedDocumentIds: [] },
      actionItemsQuerySchema.parse({}),
      { association: null, now: new Date() },
    );
    const item = items.find((candidate) => candidate.documentId === documentId && candidate.id === itemId);
    if (!item) return apiError(c, 404, 'not_found', 'Point à suivre introuvable dans ce compte-rendu.');
    if (item.status !== 'open') return apiError(c, 409, 'item_done', 'Ce point est déjà fait : il n’y a pas de rappel à envoyer.');
    if (!item.overdue) {
      return apiError(c, 409, 'item_not_overdue', 'Ce point n’est pas en retard : un rappel ne s’envoie qu’une fois son échéance passée.');
    }
    const recipients = await reminderRecipients(deps.accounts, user.collectiveId, item.owners);
    if (recipients.length === 0) {
      return apiError(
        c,
        409,
        'no_recipients',
        `Personne à qui envoyer ce rappel : aucun compte actif n’appartient aux associations porteuses (${item.owners.join(', ') || 'aucune'}).`,
      );
    }
    return { user, item, recipients };
  }

  async function message(c: Context<AppEnv>, { user, item }: ReminderTarget, note?: string) {
    const collective = await deps.accounts.getCollective(user.collectiveId);
    return reminderMessage(item, {
      senderName: user.name,
      collectiveName: collective?.name ?? 'collectif',
      actionItemsUrl: pageUrl(c, OVERDUE_PAGE),
      note,
    });
  }

  routes.get('/:documentId/:itemId/reminder', async (c) => {
    const { user } = principalOf(c);
    const { documentId, itemId } = c.req.param();
    const refused = await refusal(c, user, documentId);
    if (refused) return refused;
    const found = await target(c, user, documentId, itemId);
    if (found instanceof Response) return found;
    return c.json<ReminderPreview>({ recipients: found.recipients, ...(await message(c, found)) });
  });

  routes.post('/:documentId/:itemId/reminder', idempotent(deps.idempotency, 'action_items.reminder'), async (c) => {
    const { user } = principalOf(c);
    const { documentId, itemId } = c.req.param();
    const refused = await refusal(c, user, documentId);
    if (refused) return refused;
    const mailer = deps.mailer;
    if (!mailer) return apiError(c, 503, 'mail_not_configured', MAIL_NOT_CONFIGURED);
    const body = await readJsonBody(c, reminderRequestSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_request', body.message);
    const found = await target(c, user, documentId, itemId);
    if (found instanceof Response) return found;

    const { item, recipients } = found;
    // Keyed by the item's identity, so a copy carried into the next minutes shares the hour.
    const key = `${item.origin.documentId}/${item.id}`;
    const now = Date.now();
    const claim = throttle.claim(key, now);
    if (!claim.ok) {
      return apiError(
        c,
        409,
        'reminder_recently_sent',
        `Un rappel pour ce point est déjà parti à ${PARIS_TIME.format(claim.lastSentAt)} : un seul rappel par heure et par point.`,
      );
    }
    try {
      await mailer.send({ to: recipients, ...(await message(c, found, body.value.note || undefined)) });
    } catch (error) {
      throttle.release(key);
      deps.logger.error('mail.reminder_failed', { documentId, itemId, reason: String(error) });
      return apiError(c, 502, 'mail_failed', 'Le serveur de messagerie n’a pas accepté le rappel : rien n’a été envoyé. Réessayez plus tard.');
    }
    await recordAudit(c, deps.audit, user, {
      action: 'action_item.reminder_sent',
      target: documentId,
      details: {
        itemId,
        item: item.text.slice(0, AUDITED_TEXT_LENGTH),
        title: reminderDocumentTitle(item),
        recipients: recipients.length,
      },
    });
    return c.json<ReminderSent>({ recipients, sentAt: new Date(now).toISOString() });
  });

  return routes;
}
