import { Hono } from 'hono';
import { type SearchResponse, searchQuerySchema } from '../../../shared/api/search';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import type { SearchIndex } from '../search/searchIndex';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';

/** Enough to choose from; a query that needs more should be narrowed by a filter. */
const RESULT_LIMIT = 50;

const PARAMETER_LABELS: Record<string, string> = {
  q: 'recherche',
  status: 'statut',
  from: 'du',
  to: 'au',
  association: 'association',
  series: 'série',
};

/**
 * `GET /api/search?q=…&status=…&from=…&to=…&association=…&series=…`: passages of the comptes-rendus
 * the caller may read, their collective's and those shared with them (R18, SPEC Q1).
 * The readable scope is a condition of the index query itself, not a filter of its answer.
 */
export function searchRoutes(deps: Pick<AuthDeps, 'accounts'> & { search: SearchIndex }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => {
    const parsed = searchQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = PARAMETER_LABELS[String(issue?.path[0])] ?? 'recherche';
      return apiError(c, 400, 'invalid_query', `Paramètre « ${field} » invalide : ${issue?.message ?? 'valeur refusée'}.`);
    }
    const { q, ...filters } = parsed.data;
    const { user } = principalOf(c);
    const results = await deps.search.search({
      text: q,
      scope: { collectiveId: user.collectiveId, sharedDocumentIds: await deps.accounts.sharedWith(user.id) },
      filters,
      limit: RESULT_LIMIT,
    });
    return c.json<SearchResponse>({ results });
  });

  return routes;
}
