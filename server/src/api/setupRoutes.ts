import { Hono } from 'hono';
import { setupSchema } from '../../../shared/api/auth';
import type { SetupStatus } from '../../../shared/api/setupStatus';
import type { AuthDeps } from '../auth/authDeps';
import { createAccount } from '../auth/createAccount';
import { recordAudit } from '../auth/recordAudit';
import { startSession } from '../auth/startSession';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

const GONE = 'Ce lien de première connexion n’est plus valable. Redémarrez le serveur pour en obtenir un nouveau.';
/** Once an account exists, every setup link is moot: the advice is to sign in (A16). */
const ALREADY_SET_UP =
  'Ce lien a déjà servi : Minutier a déjà un compte de coordination. Connectez-vous avec son adresse e-mail et son mot de passe.';

/** `/api/setup/:secret`: the one-time link printed at first start creates the first coordination account. */
export function setupRoutes(deps: AuthDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  // Whether the first account is still to be created, and nothing else (A16).
  routes.get('/', async (c) => c.json<SetupStatus>({ pending: (await deps.accounts.countUsers()) === 0 }));

  routes.get('/:secret', async (c) => {
    if ((await deps.accounts.countUsers()) > 0) return apiError(c, 409, 'already_set_up', ALREADY_SET_UP);
    const grant = await deps.credentials.peekLink('setup', c.req.param('secret'));
    const collective = grant?.collectiveId && (await deps.accounts.getCollective(grant.collectiveId));
    if (!collective) return apiError(c, 404, 'link_invalid', GONE);
    return c.json({ collective });
  });

  routes.post('/:secret', async (c) => {
    const body = await readJsonBody(c, setupSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    if ((await deps.accounts.countUsers()) > 0) return apiError(c, 409, 'already_set_up', ALREADY_SET_UP);
    const grant = await deps.credentials.consumeLink('setup', c.req.param('secret'));
    if (!grant?.collectiveId) return apiError(c, 404, 'link_invalid', GONE);
    const user = await createAccount(
      deps.accounts,
      { collectiveId: grant.collectiveId, associationId: null, email: body.value.email, name: body.value.name, role: 'coordination' },
      body.value.password,
    );
    if (!user) return apiError(c, 409, 'email_taken', 'Cette adresse e-mail a déjà un compte.');
    if (body.value.collectiveName) await deps.accounts.renameCollective(grant.collectiveId, body.value.collectiveName);
    await startSession(c, deps, user);
    await recordAudit(c, deps.audit, user, { action: 'auth.setup', target: user.id });
    return c.json({ ok: true }, 201);
  });

  return routes;
}
