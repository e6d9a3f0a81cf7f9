import { Hono } from 'hono';
import { type PlanListResponse, putMeasureSchema } from '../../../shared/api/plans';
import type { Logger } from '../log';
import type { PlanStore } from '../storage/planStore';
import { apiError } from './apiError';
import { readJsonBody } from './readJsonBody';

/** `/api/plans`: the plan-measure registry that `measureRef` nodes point into. */
export function planRoutes(plans: PlanStore, logger: Logger): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => c.json<PlanListResponse>({ plans: await plans.list() }));

  routes.get('/:id', async (c) => {
    const plan = await plans.get(c.req.param('id'));
    if (!plan) return apiError(c, 404, 'not_found', 'Ce plan n’existe pas.');
    return c.json(plan);
  });

  routes.put('/:id/measures/:number', async (c) => {
    const number = Number(c.req.param('number'));
    if (!Number.isInteger(number) || number < 1 || number > 10_000) {
      return apiError(c, 400, 'invalid_measure_number', 'Le numéro de mesure doit être un entier positif.');
    }
    const body = await readJsonBody(c, putMeasureSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const planId = c.req.param('id');
    if (!(await plans.putMeasure(planId, { number, title: body.value.title }))) {
      return apiError(c, 404, 'not_found', 'Ce plan n’existe pas.');
    }
    logger.info('api.measure_saved', { plan: planId, number });
    return c.json({ number, title: body.value.title });
  });

  return routes;
}
