import { Hono } from 'hono';
import { type LetterTemplate, letterTemplateSchema } from '../../../shared/api/letters';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { defaultLetterTemplate } from '../letters/defaultLetterTemplate';
import type { LetterTemplateStore } from '../storage/letterTemplateStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/**
 * `/api/settings/letter-template` (SPEC L6): the template the caller's collective's letters start
 * from (a default worded from the collective's name until one is saved); its coordination changes it.
 */
export function letterTemplateRoutes(deps: Pick<AuthDeps, 'audit' | 'accounts'> & { letterTemplates: LetterTemplateStore }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => {
    const { collectiveId } = principalOf(c).user;
    const saved = await deps.letterTemplates.get(collectiveId);
    return c.json<LetterTemplate>(saved ?? defaultLetterTemplate((await deps.accounts.getCollective(collectiveId))?.name ?? ''));
  });

  routes.put('/', requireRole('coordination'), async (c) => {
    const body = await readJsonBody(c, letterTemplateSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { user } = principalOf(c);
    await deps.letterTemplates.put(user.collectiveId, body.value);
    await recordAudit(c, deps.audit, user, { action: 'settings.letter_template_changed', target: user.collectiveId });
    return c.json<LetterTemplate>(body.value);
  });

  return routes;
}
