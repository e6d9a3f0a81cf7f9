import { Hono } from 'hono';
import { type ExportSettings, exportSettingsSchema } from '../../../shared/export/exportSettings';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { AuthDeps } from '../auth/authDeps';
import type { ExportSettingsStore } from '../storage/exportSettingsStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/** `/api/settings/export`: the caller's collective's export rules; the coordination changes them. */
export function exportSettingsRoutes(deps: Pick<AuthDeps, 'audit'> & { exportSettings: ExportSettingsStore }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => c.json<ExportSettings>(await deps.exportSettings.get(principalOf(c).user.collectiveId)));

  routes.put('/', requireRole('coordination'), async (c) => {
    const body = await readJsonBody(c, exportSettingsSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { user } = principalOf(c);
    await deps.exportSettings.save(user.collectiveId, body.value);
    await recordAudit(c, deps.audit, user, {
      action: 'settings.export_changed',
      target: user.collectiveId,
      details: { readersExternalOnly: body.value.readersExternalOnly },
    });
    return c.json<ExportSettings>(body.value);
  });

  return routes;
}
