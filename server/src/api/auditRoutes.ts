import { Hono } from 'hono';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole } from '../auth/guards';
import type { AppEnv } from './appEnv';

const PAGE = 100;

/** `GET /api/audit`: the collective's audit log, newest first, for the coordination. */
export function auditRoutes(deps: AuthDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireRole('coordination'), async (c) => {
    const { user } = principalOf(c);
    const before = Number(c.req.query('before'));
    const entries = await deps.audit.list(user.collectiveId, PAGE, Number.isInteger(before) && before > 0 ? before : undefined);
    const names = new Map((await deps.accounts.listUsers(user.collectiveId)).map((u) => [u.id, u.name]));
    return c.json({
      entries: entries.map((entry) => ({ ...entry, actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null })),
    });
  });
  return routes;
}
