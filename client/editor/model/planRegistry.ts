import type { Plan } from '../../../shared/api/plans';

/** One measure of the collective's registry, as a reference points at it. */
export interface RegistryMeasure {
  plan: string;
  number: number;
  title: string;
}

/** The collective's plan-measure registry as the editor knows it. */
export interface PlanRegistry {
  status: 'loading' | 'ready' | 'error';
  plans: ReadonlyArray<{ id: string; title: string }>;
  measures: readonly RegistryMeasure[];
}

export const LOADING_REGISTRY: PlanRegistry = { status: 'loading', plans: [], measures: [] };

export function registryFromPlans(plans: readonly Plan[]): PlanRegistry {
  return {
    status: 'ready',
    plans: plans.map(({ id, title }) => ({ id, title })),
    measures: plans.flatMap((plan) => plan.measures.map(({ number, title }) => ({ plan: plan.id, number, title }))),
  };
}

/** What a reference can say about its measure. */
export type MeasureLookup =
  | { state: 'known'; title: string }
  /** The registry has no such plan or measure: shown as « (inconnue) », never hidden. */
  | { state: 'unknown' }
  /** The registry has not arrived (yet): nothing can be said about the number. */
  | { state: 'pending' | 'unavailable' };

export function lookUpMeasure(registry: PlanRegistry, plan: string, number: number): MeasureLookup {
  if (registry.status === 'loading') return { state: 'pending' };
  if (registry.status === 'error') return { state: 'unavailable' };
  const measure = registry.measures.find((m) => m.plan === plan && m.number === number);
  return measure ? { state: 'known', title: measure.title } : { state: 'unknown' };
}

/** The plan new references point into: the registry's first (collectives have one plan at a time). */
export const defaultPlanId = (registry: PlanRegistry): string => registry.plans[0]?.id ?? '';
