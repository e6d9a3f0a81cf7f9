import { createMinutesSchema } from '../../../shared/api/minutes';
import { planSchema } from '../../../shared/api/plans';
import type { DocumentStore } from '../storage/documentStore';
import type { PlanStore } from '../storage/planStore';
import { seedMinutes } from '../storage/seedMinutes';
import demoMinutes from './compte-rendu-2013-11-22.json';
import registryPlan from './plan-2014-2016-mesures.json';

/** First start: the collective's plan registry (measures the minutes refer to). */
export async function seedRegistry(plans: PlanStore): Promise<boolean> {
  if ((await plans.list()).length > 0) return false;
  await plans.save(planSchema.parse(registryPlan));
  return true;
}

/** On an empty database, the 22 November 2013 compte-rendu, so the app opens on real minutes. */
export async function seedDemoMinutes(store: DocumentStore): Promise<string | undefined> {
  if ((await store.list()).length > 0) return undefined;
  return seedMinutes(store, createMinutesSchema.parse(demoMinutes));
}
