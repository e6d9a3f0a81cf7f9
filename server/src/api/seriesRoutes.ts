import { Hono } from 'hono';
import { type SeriesListResponse, type SeriesSummary, createSeriesSchema } from '../../../shared/api/series';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { newId } from '../auth/secrets';
import type { MeetingSeries } from '../storage/documentStore';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

const toSummary = ({ id, name, isDefault }: MeetingSeries): SeriesSummary => ({ id, name, isDefault });

/** `/api/series`: the caller's collective's meeting series (M8); the coordination adds them. */
export function seriesRoutes(deps: AuthDeps & { idempotency: IdempotencyStore }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => {
    const { user } = principalOf(c);
    return c.json<SeriesListResponse>({ series: (await deps.documents.listSeries(user.collectiveId)).map(toSummary) });
  });

  routes.post('/', requireRole('coordination'), idempotent(deps.idempotency, 'series.create'), async (c) => {
    const { user } = principalOf(c);
    const body = await readJsonBody(c, createSeriesSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const existing = await deps.documents.listSeries(user.collectiveId);
    if (existing.some((series) => series.name.toLocaleLowerCase('fr') === body.value.name.toLocaleLowerCase('fr'))) {
      return apiError(c, 409, 'series_exists', `La série « ${body.value.name} » existe déjà.`);
    }
    const series = { id: newId(), collectiveId: user.collectiveId, name: body.value.name, createdAt: new Date().toISOString() };
    await deps.documents.createSeries(series);
    await recordAudit(c, deps.audit, user, { action: 'series.created', target: series.id, details: { name: series.name } });
    return c.json<SeriesSummary>(toSummary({ ...series, isDefault: false }), 201);
  });

  return routes;
}
