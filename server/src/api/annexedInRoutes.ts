import { Hono } from 'hono';
import type { AnnexedInResponse } from '../../../shared/api/annexedIn';
import type { AnnexLinkIndex } from '../annexes/annexLinkIndex';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';

type AnnexedInDeps = Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings'> & { annexLinks: AnnexLinkIndex };

/**
 * `GET /api/minutes/:id/annexed-in`: the comptes-rendus that annex this one (SPEC N7), among
 * those the caller may read (R18): access is a condition of the index query itself, so a
 * document they may not read is never listed, not even counted.
 */
export function annexedInRoutes(deps: AnnexedInDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => {
    const guard = await guardDocument(c, deps, 'reader');
    if (!guard.ok) return guard.response;
    const { user } = principalOf(c);
    const scope = { collectiveId: user.collectiveId, sharedDocumentIds: await deps.accounts.sharedWith(user.id) };
    return c.json<AnnexedInResponse>({ annexedIn: await deps.annexLinks.annexedIn(scope, guard.doc.record.id) });
  });

  return routes;
}
