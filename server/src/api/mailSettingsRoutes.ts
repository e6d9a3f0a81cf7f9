import { Hono } from 'hono';
import type { MailSettingsResponse } from '../../../shared/api/actionItemReminder';
import { requireUser } from '../auth/guards';
import type { Mailer } from '../mail/mailer';
import type { AppEnv } from './appEnv';

/**
 * `GET /api/settings/mail`: whether this server can send e-mail (`SMTP_URL`), so that the UI
 * offers a sending button only when it can work, and says why otherwise (T7).
 */
export function mailSettingsRoutes(deps: { mailer?: Mailer }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireUser, (c) => c.json<MailSettingsResponse>({ configured: deps.mailer !== undefined }));
  return routes;
}
