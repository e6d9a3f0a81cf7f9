import { useEffect, useState } from 'react';
import type { Plan, PlanListResponse } from '../../../shared/api/plans';
import { getJson } from '../../api/http';
import { LOADING_REGISTRY, registryFromPlans, type PlanRegistry } from './planRegistry';

async function loadPlans(signal: AbortSignal): Promise<Plan[]> {
  const { plans } = await getJson<PlanListResponse>('/api/plans', signal);
  return Promise.all(plans.map(({ id }) => getJson<Plan>(`/api/plans/${encodeURIComponent(id)}`, signal)));
}

/** The collective's plan-measure registry, read once per open compte-rendu. */
export function usePlanRegistry(): PlanRegistry {
  const [registry, setRegistry] = useState<PlanRegistry>(LOADING_REGISTRY);
  useEffect(() => {
    const controller = new AbortController();
    loadPlans(controller.signal).then(
      (plans) => setRegistry(registryFromPlans(plans)),
      () => {
        // Without the registry references still read « mesure 22 »: only their titles are missing.
        if (!controller.signal.aborted) setRegistry({ ...LOADING_REGISTRY, status: 'error' });
      },
    );
    return () => controller.abort();
  }, []);
  return registry;
}
