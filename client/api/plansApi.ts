import type { Measure, Plan, PlanListResponse } from '../../shared/api/plans';
import { getJson, putJson } from './http';

/** The collective's plan-measure registry. */
export async function listPlans(signal?: AbortSignal): Promise<PlanListResponse['plans']> {
  return (await getJson<PlanListResponse>('/api/plans', signal)).plans;
}

export const getPlanById = (id: string, signal?: AbortSignal): Promise<Plan> =>
  getJson<Plan>(`/api/plans/${encodeURIComponent(id)}`, signal);

/** Adds a measure or renames it (coordination only; references in documents follow by number). */
export const saveMeasure = (planId: string, measure: Measure): Promise<Measure> =>
  putJson<Measure>(`/api/plans/${encodeURIComponent(planId)}/measures/${measure.number}`, { title: measure.title });
