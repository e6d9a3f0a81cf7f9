import { Hono } from 'hono';
import { type PlanListResponse, putMeasureSchema } from '../../../shared/api/plans';
import type { Logger } from '../log';
import type { PlanStore } from '../storage/planStore';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

/** `/api/plans`: the caller's collective's plan-measure registry, which `measureRef` nodes point into. */
export function planRoutes(plans: PlanStore, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) =>
    c.json<PlanListResponse>({ plans: await plans.list(principalOf(c).user.collectiveId) }),
  );

  routes.get('/:id', async (c) => {
    const plan = await plans.get(principalOf(c).user.collectiveId, c.req.param('id'));
    if (!plan) return apiError(c, 404, 'not_found', 'Ce plan n’existe pas.');
    return c.json(plan);
  });

  routes.put('/:id/measures/:number', requireRole('coordination'), async (c) => {
    const number = Number(c.req.param('number'));
    if (!Number.isInteger(number) || number < 1 || number > 10_000) {
      return apiError(c, 400, 'invalid_measure_number', 'Le numéro de mesure doit être un entier positif.');
    }
    const body = await readJsonBody(c, putMeasureSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const planId = c.req.param('id');
    if (!(await plans.putMeasure(principalOf(c).user.collectiveId, planId, { number, title: body.value.title }))) {
      return apiError(c, 404, 'not_found', 'Ce plan n’existe pas.');
    }
    logger.info('api.measure_saved', { plan: planId, number });
    return c.json({ number, title: body.value.title });
  });

  return routes;
}
